//! Chinese search over the library: bigrams, pinyin, synonyms and ranking.
