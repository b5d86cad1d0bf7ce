//! Result codes: a learner reads a short code off their phone so the trainer can record who got
//! which question right ("the same quiz on every phone" in class).
//!
//! A code is the right/wrong bits of one quiz, packed into a 31-symbol alphabet with no look-alikes
//! (digits 2–9 and capitals without I, L, O), plus one check character. The check character is a
//! weighted sum modulo 31 (a prime) over the code and the quiz key, so every single-character
//! substitution and every swap of two neighbouring payload characters is caught, and a code from a
//! different quiz is rejected about 30 times out of 31 or better. The payload is also scrambled
//! with the quiz key, so one pattern of answers looks different in different quizzes.
//!
//! 20 questions make a 6-character code such as `K7P-MQR`; 50 questions make 12 characters.

use std::fmt;

use super::rng::Stream;
use crate::hash::{fnv1a64, FNV_OFFSET};

/// The symbols, in value order: easy to read aloud and to tell apart.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// The alphabet size, a prime, so every nonzero weight catches every substitution.
const BASE: u32 = 31;

/// Why a typed code was not accepted. `Display` says it in words a trainer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// The code has the wrong number of characters for this quiz.
    Length {
        /// Characters this quiz's codes have.
        expected: usize,
        /// Characters typed (dashes and spaces not counted).
        found: usize,
    },
    /// A character that is not in the alphabet, as typed.
    UnknownChar(char),
    /// The check character does not match: a character was miscopied, or the code is from another
    /// quiz.
    Check,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Length { expected, found } => {
                write!(f, "长度不对：这次测验的结果码是{expected}个字符，这里是{found}个（横线和空格不算）")
            }
            CodeError::UnknownChar(c) if matches!(c, '0' | 'O' | 'o' | '1' | 'I' | 'i' | 'L' | 'l') => {
                write!(f, "有不认识的字符“{c}”：结果码里没有 0、O、1、I、L 这几个容易看错的字符，请再看一遍")
            }
            CodeError::UnknownChar(c) => {
                write!(f, "有不认识的字符“{c}”：结果码只有数字 2 到 9 和大写字母（没有 I、L、O）")
            }
            CodeError::Check => write!(f, "校验不通过，可能抄错了一位，或者不是这次测验的结果码，请再核对一遍"),
        }
    }
}

impl std::error::Error for CodeError {}

/// A stable key for one quiz: the ids of its questions in asked order (FNV-1a, 64 bit).
///
/// Every phone that drew the same questions computes the same key; a code only decodes with it.
pub fn quiz_key<S: AsRef<str>>(question_ids: &[S]) -> u64 {
    // 0xFF never occurs in UTF-8, so it separates ids without ambiguity.
    question_ids.iter().fold(FNV_OFFSET, |h, id| fnv1a64(&[0xFF], fnv1a64(id.as_ref().as_bytes(), h)))
}

/// The result code for `results` (one entry per question, in asked order), grouped with dashes
/// for reading aloud, e.g. `K7P-MQR`.
pub fn encode(quiz_key: u64, results: &[bool]) -> String {
    let mut value = vec![0u8; payload_len(results.len())];
    for &right in results {
        mul_add(&mut value, BASE, 2, u32::from(right));
    }
    let mut stream = key_stream(quiz_key);
    let key_term = stream.below(u64::from(BASE)) as u32;
    let mut digits: Vec<u8> =
        value.iter().rev().map(|&d| ((u32::from(d) + stream.below(u64::from(BASE)) as u32) % BASE) as u8).collect();
    digits.push(check_digit(key_term, &digits));
    group(&digits)
}

/// Reads a code typed by the trainer back into right/wrong per question.
///
/// `count` is how many questions the quiz had. Spaces, dashes and lower case are ignored;
/// full-width letters from a Chinese keyboard are accepted. Look-alikes (0, O, 1, I, L) are
/// rejected, never guessed.
pub fn decode(quiz_key: u64, count: usize, code: &str) -> Result<Vec<bool>, CodeError> {
    let digits = symbols(code)?;
    let expected = payload_len(count) + 1;
    if digits.len() != expected {
        return Err(CodeError::Length { expected, found: digits.len() });
    }
    let (payload, check) = digits.split_at(expected - 1);
    let mut stream = key_stream(quiz_key);
    let key_term = stream.below(u64::from(BASE)) as u32;
    if check_digit(key_term, payload) != check[0] {
        return Err(CodeError::Check);
    }
    // Unscramble, then turn base 31 (most significant first) into `count` bits.
    let mut bits = vec![0u8; count];
    for &d in payload {
        let raw = (u32::from(d) + BASE - stream.below(u64::from(BASE)) as u32) % BASE;
        if mul_add(&mut bits, 2, BASE, raw) != 0 {
            return Err(CodeError::Check);
        }
    }
    Ok(bits.iter().rev().map(|&b| b == 1).collect())
}

/// The number of payload characters for `count` questions: the base-31 length of 2^count − 1.
fn payload_len(count: usize) -> usize {
    let mut all_right: Vec<u8> = Vec::new();
    for _ in 0..count {
        let carry = mul_add(&mut all_right, BASE, 2, 1);
        if carry != 0 {
            all_right.push(carry as u8);
        }
    }
    all_right.len()
}

/// `digits = digits * mul + add` in place (least significant digit first); returns the carry out.
fn mul_add(digits: &mut [u8], base: u32, mul: u32, add: u32) -> u32 {
    let mut carry = add;
    for d in digits.iter_mut() {
        let v = u32::from(*d) * mul + carry;
        *d = (v % base) as u8;
        carry = v / base;
    }
    carry
}

/// The key's stream: first the key's term of the check sum, then one scramble digit per position.
fn key_stream(quiz_key: u64) -> Stream {
    Stream::new(quiz_key ^ 0x5155_495A_434F_4445) // "QUIZCODE"
}

/// The check character: key term plus the position-weighted sum of the payload, modulo 31.
/// Weights run 1..=30 and repeat, so neighbouring weights always differ.
fn check_digit(key_term: u32, payload: &[u8]) -> u8 {
    let sum = payload
        .iter()
        .enumerate()
        .fold(key_term, |acc, (i, &d)| (acc + (i as u32 % (BASE - 1) + 1) * u32::from(d)) % BASE);
    sum as u8
}

/// The typed code as symbol values, skipping separators.
fn symbols(code: &str) -> Result<Vec<u8>, CodeError> {
    let mut out = Vec::new();
    for typed in code.chars() {
        let c = crate::search::halfwidth(typed);
        if c.is_whitespace() || matches!(c, '-' | '–' | '—' | '_' | '·') {
            continue;
        }
        let upper = c.to_ascii_uppercase();
        match ALPHABET.iter().position(|&a| char::from(a) == upper) {
            Some(v) => out.push(v as u8),
            None => return Err(CodeError::UnknownChar(typed)),
        }
    }
    Ok(out)
}

/// Symbols as text in groups of at most four, as even as possible: `K7P-MQR`, `K7PM-QR3`.
fn group(digits: &[u8]) -> String {
    let groups = digits.len().div_ceil(4).max(1);
    let (small, extra) = (digits.len() / groups, digits.len() % groups);
    let mut out = String::new();
    let mut at = 0;
    for g in 0..groups {
        if g > 0 {
            out.push('-');
        }
        let size = small + usize::from(g < extra);
        out.extend(digits[at..at + size].iter().map(|&d| char::from(ALPHABET[usize::from(d)])));
        at += size;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(n: usize, seed: u64) -> Vec<Vec<bool>> {
        let mut out = vec![vec![true; n], vec![false; n], (0..n).map(|i| i % 2 == 0).collect()];
        for i in 0..n {
            out.push((0..n).map(|k| k == i).collect());
            out.push((0..n).map(|k| k != i).collect());
        }
        let mut s = Stream::new(seed);
        for _ in 0..40 {
            out.push((0..n).map(|_| s.below(2) == 1).collect());
        }
        out
    }

    #[test]
    fn round_trips_for_every_length_up_to_fifty() {
        for n in 1..=50 {
            let key = quiz_key(&[format!("quiz-{n}")]);
            for p in patterns(n, n as u64) {
                let code = encode(key, &p);
                assert_eq!(decode(key, n, &code), Ok(p.clone()), "n={n} code={code}");
            }
        }
        assert_eq!(decode(5, 0, &encode(5, &[])), Ok(vec![]));
    }

    #[test]
    fn codes_are_short() {
        assert_eq!(payload_len(20) + 1, 6);
        assert_eq!(payload_len(50) + 1, 12);
        assert_eq!(payload_len(4), 1);
        assert_eq!(payload_len(5), 2, "31 < 32");
        let code = encode(1, &[true; 20]);
        assert_eq!(code.len(), 7, "six symbols and one dash: {code}");
    }

    #[test]
    fn every_single_substitution_is_caught() {
        for (key, n) in [(11u64, 20usize), (12, 7), (13, 33), (14, 1)] {
            for p in patterns(n, key).into_iter().take(6) {
                let code: Vec<u8> = encode(key, &p).bytes().filter(|&b| b != b'-').collect();
                for pos in 0..code.len() {
                    for &sym in ALPHABET.iter().filter(|&&s| s != code[pos]) {
                        let mut bad = code.clone();
                        bad[pos] = sym;
                        let bad = String::from_utf8(bad).unwrap();
                        assert!(decode(key, n, &bad).is_err(), "{bad} slipped through");
                    }
                }
            }
        }
    }

    #[test]
    fn neighbour_swaps_in_the_payload_are_caught() {
        let key = 99;
        for p in patterns(20, 3) {
            let code: Vec<u8> = encode(key, &p).bytes().filter(|&b| b != b'-').collect();
            for pos in 0..code.len() - 2 {
                if code[pos] != code[pos + 1] {
                    let mut bad = code.clone();
                    bad.swap(pos, pos + 1);
                    assert!(decode(key, 20, &String::from_utf8(bad).unwrap()).is_err());
                }
            }
        }
    }

    #[test]
    fn codes_from_another_quiz_are_mostly_rejected() {
        let results: Vec<bool> = (0..20).map(|i| i % 3 != 0).collect();
        let code = encode(1, &results);
        let accepted = (2..3000u64).filter(|&k| decode(k, 20, &code).is_ok()).count();
        assert!(accepted < 3000 / 31, "accepted {accepted}");
    }

    #[test]
    fn typing_slack_is_forgiven_and_look_alikes_are_not() {
        let results = vec![true, false, true, true, false, true, true, true, false, true];
        let code = encode(42, &results);
        let loose = format!(" {} ", code.to_lowercase().replace('-', " - "));
        assert_eq!(decode(42, 10, &loose), Ok(results.clone()));
        let wide: String = code
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c })
            .collect();
        assert_eq!(decode(42, 10, &wide), Ok(results));
        for c in ['0', 'O', '1', 'I', 'L', 'o', 'l', '?', '中'] {
            let bad = format!("{c}{}", &code[1..]);
            assert_eq!(decode(42, 10, &bad), Err(CodeError::UnknownChar(c)));
        }
        assert_eq!(decode(42, 10, "ABC"), Err(CodeError::Length { expected: 4, found: 3 }));
    }

    #[test]
    fn messages_are_in_chinese() {
        assert!(CodeError::Length { expected: 6, found: 5 }.to_string().starts_with("长度不对"));
        assert!(CodeError::UnknownChar('O').to_string().starts_with("有不认识的字符"));
        assert!(CodeError::UnknownChar('#').to_string().contains("“#”"));
        assert!(CodeError::Check.to_string().starts_with("校验不通过，可能抄错了一位"));
    }

    #[test]
    fn grouping_reads_well() {
        let g = |n: usize| group(&vec![0u8; n]);
        assert_eq!(g(1), "2");
        assert_eq!(g(4), "2222");
        assert_eq!(g(6), "222-222");
        assert_eq!(g(8), "2222-2222");
        assert_eq!(g(9), "222-222-222");
        assert_eq!(g(0), "");
    }

    #[test]
    fn quiz_key_depends_on_ids_and_order() {
        assert_eq!(quiz_key(&["a-1", "b-2"]), quiz_key(&["a-1".to_string(), "b-2".to_string()]));
        assert_ne!(quiz_key(&["a-1", "b-2"]), quiz_key(&["b-2", "a-1"]));
        assert_ne!(quiz_key(&["ab", "c"]), quiz_key(&["a", "bc"]));
    }

    proptest::proptest! {
        #[test]
        fn decode_never_panics(code in "\\PC{0,40}", count in 0usize..80, key: u64) {
            let _ = decode(key, count, &code);
        }

        #[test]
        fn decode_never_panics_on_alphabet_soup(code in "[2-9A-Za-z\\- ]{0,20}", count in 0usize..80, key: u64) {
            let _ = decode(key, count, &code);
        }

        #[test]
        fn round_trip_any(results in proptest::collection::vec(proptest::bool::ANY, 0..120), key: u64) {
            proptest::prop_assert_eq!(decode(key, results.len(), &encode(key, &results)), Ok(results));
        }
    }
}
