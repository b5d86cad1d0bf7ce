//! A tiny seeded random stream (SplitMix64) that gives the same numbers on native and wasm.
//!
//! Everything works on `u64`, never on `usize` widths, so a seed drawn on a phone and on the
//! trainer's kiosk yields the same quiz.

/// SplitMix64 (Steele, Lea and Flood), the standard seeding generator: fast, tiny, value-stable.
#[derive(Clone, Debug)]
pub(crate) struct Stream {
    state: u64,
}

impl Stream {
    /// A stream starting from `seed`.
    pub(crate) fn new(seed: u64) -> Stream {
        Stream { state: seed }
    }

    /// The next 64 random bits.
    pub(crate) fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in `0..n` (`n > 0`), without modulo bias.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        debug_assert!(n > 0);
        // Reject the top sliver of the range that would favour small values.
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next();
            if x < zone {
                return x % n;
            }
        }
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_splitmix64_values() {
        // Reference values of SplitMix64 seeded with 1234567.
        let mut s = Stream::new(1_234_567);
        assert_eq!(s.next(), 6_457_827_717_110_365_317);
        assert_eq!(s.next(), 3_203_168_211_198_807_973);
        assert_eq!(s.next(), 9_817_491_932_198_370_423);
    }

    #[test]
    fn below_stays_in_range() {
        let mut s = Stream::new(7);
        for n in 1..50u64 {
            for _ in 0..20 {
                assert!(s.below(n) < n);
            }
        }
    }
}
