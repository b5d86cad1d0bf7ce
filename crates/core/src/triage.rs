//! Free-text triage: one typed sentence → a dispute category, with danger words always winning.
