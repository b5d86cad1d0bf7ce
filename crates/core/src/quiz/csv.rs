//! CSV export for trainers: RFC 4180 fields, CRLF line ends and a UTF-8 byte-order mark so Excel
//! opens Chinese text correctly on a double click.

use super::score::Score;

/// The byte-order mark Excel needs to read the file as UTF-8.
const BOM: &str = "\u{FEFF}";

/// The rows as one CSV file: a BOM, then every row ending in CRLF. A field holding a quote, comma,
/// CR or LF is quoted, with quotes doubled.
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A class's results from their result codes: one row per learner (label, 答对, 得分, then 1 or 0
/// per question), and a last row counting how many got each question right.
///
/// `questions` heads the per-question columns (e.g. "第1题"); `learners` pairs a label the trainer
/// typed with the decoded results. Missing results leave blank cells.
pub fn class_results(questions: &[String], learners: &[(String, Vec<bool>)]) -> String {
    let mut rows = Vec::with_capacity(learners.len() + 2);
    let mut head = vec!["学员".to_string(), "答对".to_string(), "得分".to_string()];
    head.extend(questions.iter().cloned());
    rows.push(head);

    let mut right_per_question = vec![0u32; questions.len()];
    for (label, results) in learners {
        let score = Score::from_results(results);
        let mut row = vec![label.clone(), format!("{}/{}", score.right, score.total), score.percent().to_string()];
        for (i, total) in right_per_question.iter_mut().enumerate() {
            row.push(match results.get(i) {
                Some(true) => {
                    *total += 1;
                    "1".to_string()
                }
                Some(false) => "0".to_string(),
                None => String::new(),
            });
        }
        rows.push(row);
    }

    let mut last = vec!["答对人数".to_string(), String::new(), String::new()];
    last.extend(right_per_question.iter().map(u32::to_string));
    rows.push(last);
    to_csv(&rows)
}

/// One field, quoted when it must be.
fn field(text: &str) -> String {
    if text.contains(['"', ',', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> Vec<String> {
        fields.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn escapes_per_rfc_4180_with_bom_and_crlf() {
        let csv = to_csv(&[row(&["队名", "得分"]), row(&["第一组, 红队", "说\"好\"", "两\n行", ""])]);
        assert_eq!(csv, "\u{FEFF}队名,得分\r\n\"第一组, 红队\",\"说\"\"好\"\"\",\"两\n行\",\r\n");
        assert_eq!(to_csv(&[]), "\u{FEFF}");
    }

    #[test]
    fn class_results_lists_learners_and_totals() {
        let qs = vec!["第1题".to_string(), "第2题".to_string(), "第3题".to_string()];
        let learners = vec![
            ("张三".to_string(), vec![true, true, false]),
            ("李四".to_string(), vec![true, false, false]),
            ("王五".to_string(), vec![true]),
        ];
        let csv = class_results(&qs, &learners);
        assert_eq!(
            csv,
            "\u{FEFF}学员,答对,得分,第1题,第2题,第3题\r\n\
             张三,2/3,66,1,1,0\r\n\
             李四,1/3,33,1,0,0\r\n\
             王五,1/1,100,1,,\r\n\
             答对人数,,,3,1,0\r\n"
        );
    }
}
