//! One pass over a text finding every occurrence of a set of one- and two-character terms.
//!
//! `str::contains` is slow for Chinese needles: every character of a Chinese text starts with one
//! of a few lead bytes, so byte prefilters do not help, and one scan per term multiplies the work.
//! This matcher instead walks the text once and looks each character up in the sorted table of
//! the query's characters; only when two neighbouring characters are both in the query does it
//! look up the pair.

/// Finds one- and two-character terms in text.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    /// Every character of every term, sorted, distinct.
    chars: Vec<char>,
    /// Bit `c % 64` is set for every `c` in `chars`: a quick "certainly not in the query" test.
    filter: u64,
    /// For each entry of `chars`, the term that is that character alone, if any.
    singles: Vec<Option<usize>>,
    /// (first char index, second char index) → term, sorted.
    pairs: Vec<((usize, usize), usize)>,
}

impl Matcher {
    /// Builds a matcher for `terms`; term `i` is reported as `i`. Terms that are empty or longer
    /// than two characters are never reported.
    pub(crate) fn new<'a>(terms: impl IntoIterator<Item = &'a [char]>) -> Matcher {
        let terms: Vec<&[char]> = terms.into_iter().collect();
        let mut chars: Vec<char> = terms.iter().filter(|t| t.len() <= 2).flat_map(|t| t.iter().copied()).collect();
        chars.sort_unstable();
        chars.dedup();
        let filter = chars.iter().fold(0, |f, &c| f | bit(c));
        let mut m = Matcher { singles: vec![None; chars.len()], chars, filter, pairs: Vec::new() };
        for (i, term) in terms.iter().enumerate() {
            match **term {
                [c] => {
                    let at = m.index(c).unwrap_or_default();
                    m.singles[at].get_or_insert(i);
                }
                [a, b] => {
                    if let (Some(a), Some(b)) = (m.index(a), m.index(b)) {
                        m.pairs.push(((a, b), i));
                    }
                }
                _ => {}
            }
        }
        m.pairs.sort_unstable();
        m.pairs.dedup_by_key(|p| p.0);
        m
    }

    fn index(&self, c: char) -> Option<usize> {
        if self.filter & bit(c) == 0 {
            return None;
        }
        self.chars.binary_search(&c).ok()
    }

    /// Calls `found(term, end)` for every occurrence of a term in `text`, where `end` is the
    /// character index of the term's last character; stops early when `found` returns false.
    pub(crate) fn scan(&self, text: &str, mut found: impl FnMut(usize, usize) -> bool) {
        if self.chars.is_empty() {
            return;
        }
        let mut prev: Option<usize> = None;
        for (pos, c) in text.chars().enumerate() {
            let here = self.index(c);
            if let Some(i) = here {
                if let Some(term) = self.singles[i] {
                    if !found(term, pos) {
                        return;
                    }
                }
                if let Some(p) = prev {
                    if let Ok(at) = self.pairs.binary_search_by_key(&(p, i), |e| e.0) {
                        if !found(self.pairs[at].1, pos) {
                            return;
                        }
                    }
                }
            }
            prev = here;
        }
    }
}

/// The filter bit of a character.
fn bit(c: char) -> u64 {
    1 << (c as u32 % 64)
}

#[cfg(test)]
mod tests {
    use super::Matcher;

    fn found(terms: &[&str], text: &str) -> Vec<(usize, usize)> {
        let terms: Vec<Vec<char>> = terms.iter().map(|t| t.chars().collect()).collect();
        let m = Matcher::new(terms.iter().map(Vec::as_slice));
        let mut out = Vec::new();
        m.scan(text, |t, end| {
            out.push((t, end));
            true
        });
        out
    }

    #[test]
    fn finds_pairs_and_singles_with_their_end_positions() {
        assert_eq!(found(&["冷静", "期", "静期"], "离婚冷静期"), [(0, 3), (1, 4), (2, 4)]);
        assert_eq!(found(&["ab"], "aab ab"), [(0, 2), (0, 5)]);
        assert_eq!(found(&["离婚"], "离，婚"), []);
        assert_eq!(found(&[], "离婚"), []);
        assert_eq!(found(&["长一些的词", ""], "长一些的词"), []);
    }

    #[test]
    fn stops_when_asked() {
        let terms: Vec<Vec<char>> = vec!["婚".chars().collect()];
        let m = Matcher::new(terms.iter().map(Vec::as_slice));
        let mut n = 0;
        m.scan("婚婚婚", |_, _| {
            n += 1;
            false
        });
        assert_eq!(n, 1);
    }
}
