//! The learned half of category triage: a naive Bayes model over hashed character n-grams.
//!
//! The content compiler trains it on `content/intake/corpus/*.tsv` and ships integer weights, so
//! scoring is integer arithmetic only and gives the same answer in native and wasm builds.
//! Features are the characters and the pairs of neighbouring characters of the normalised text,
//! each hashed (FNV-1a) into one of [`Model::buckets`] buckets.

use serde::{Deserialize, Serialize};

use crate::hash::{fnv1a64, FNV_OFFSET};

/// Weights are natural logarithms times this, rounded.
pub const SCALE: f64 = 8.0;

/// A trained model. Class `k` is `super::CATEGORIES[k]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Model {
    /// The number of hash buckets (a power of two).
    pub buckets: u32,
    /// Per class: the scaled log prior plus nothing else.
    pub prior: Vec<i32>,
    /// Per class: the scaled log probability of a bucket the class never saw.
    pub unseen: Vec<i32>,
    /// Per class, per bucket: the scaled gain of that bucket over `unseen` (never negative).
    pub gain: Vec<Vec<u16>>,
}

impl Model {
    /// Whether the model has been trained (an empty corpus gives an empty model).
    pub fn is_trained(&self) -> bool {
        self.buckets > 0 && !self.prior.is_empty()
    }

    /// The scaled log score of every class for already-normalised text (higher is likelier).
    pub fn scores(&self, chars: &[char]) -> Vec<i64> {
        if !self.is_trained() {
            return Vec::new();
        }
        let feats = features(chars, self.buckets);
        let n = feats.len() as i64;
        (0..self.prior.len())
            .map(|k| {
                let gains: i64 = feats.iter().map(|&b| i64::from(self.gain[k][b as usize])).sum();
                i64::from(self.prior[k]) + n * i64::from(self.unseen[k]) + gains
            })
            .collect()
    }
}

/// The hashed features of normalised text: one per character and one per pair of neighbours.
pub fn features(chars: &[char], buckets: u32) -> Vec<u32> {
    let mask = u64::from(buckets.max(1) - 1);
    let mut out = Vec::with_capacity(chars.len() * 2);
    let mut buf = [0u8; 8];
    for (i, c) in chars.iter().enumerate() {
        let h = fnv1a64(c.encode_utf8(&mut buf).as_bytes(), FNV_OFFSET);
        out.push((h & mask) as u32);
        if let Some(next) = chars.get(i + 1) {
            let h2 = fnv1a64(next.encode_utf8(&mut buf).as_bytes(), fnv1a64(b"|", h));
            out.push((h2 & mask) as u32);
        }
    }
    out
}

/// Trains a model on `(class index, normalised text)` pairs, with add-`alpha` smoothing.
/// Deterministic: the same examples give the same weights on every machine.
pub fn train(examples: &[(usize, Vec<char>)], classes: usize, buckets: u32, alpha: f64) -> Model {
    let b = buckets as usize;
    let mut counts = vec![vec![0u32; b]; classes];
    let mut totals = vec![0u64; classes];
    let mut docs = vec![0u32; classes];
    for (k, chars) in examples {
        docs[*k] += 1;
        for f in features(chars, buckets) {
            counts[*k][f as usize] += 1;
            totals[*k] += 1;
        }
    }
    let all_docs: u32 = docs.iter().sum();
    let scaled = |x: f64| (x * SCALE).round();
    let mut model = Model { buckets, ..Model::default() };
    for k in 0..classes {
        let denom = totals[k] as f64 + alpha * b as f64;
        let unseen = scaled((alpha / denom).ln());
        model.prior.push(scaled(((f64::from(docs[k]) + 1.0) / (f64::from(all_docs) + classes as f64)).ln()) as i32);
        model.unseen.push(unseen as i32);
        model.gain.push(
            counts[k]
                .iter()
                .map(|&c| {
                    (scaled(((f64::from(c) + alpha) / denom).ln()) - unseen).clamp(0.0, f64::from(u16::MAX)) as u16
                })
                .collect(),
        );
    }
    model
}
