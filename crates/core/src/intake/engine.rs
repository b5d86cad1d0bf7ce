//! Walks the questionnaire. A session is only the list of answer choices made so far; every
//! screen, the review page and the result are derived from it by replaying from the start.

use super::graph::{Outcome, Question, Questionnaire, Target, Urgent};

/// The screen a list of choices leads to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Screen<'a> {
    /// A question to answer.
    Question(&'a Question),
    /// An urgent screen (choice 0 continues when safe).
    Urgent(&'a Urgent),
    /// The result, reached once every question on the path is answered.
    Result(&'a Outcome),
}

/// One answered step, for the 检查我的回答 page.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<'a> {
    /// Position in the choices list.
    pub index: usize,
    /// The screen that was answered.
    pub screen: Screen<'a>,
    /// The label of the answer given.
    pub answer: &'a str,
}

/// Why a list of choices does not describe a walk through this questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// A choice names an answer the screen does not have.
    NoSuchAnswer {
        /// Position of the bad choice.
        at: usize,
    },
    /// There are choices after the result was reached.
    PastTheEnd,
    /// The questionnaire points at something that does not exist (only for hand-made data).
    Broken,
}

/// The screen that `choices` leads to, and the steps taken to get there.
pub fn walk<'a>(q: &'a Questionnaire, choices: &[u8]) -> Result<(Screen<'a>, Vec<Step<'a>>), WalkError> {
    let mut node = Target::Question(q.start.clone());
    let mut steps = Vec::with_capacity(choices.len());
    for (at, &choice) in choices.iter().enumerate() {
        let screen = screen(q, &node).ok_or(WalkError::Broken)?;
        let (label, next) = match screen {
            Screen::Question(question) => {
                let a = question.answers.get(usize::from(choice)).ok_or(WalkError::NoSuchAnswer { at })?;
                (a.label.as_str(), a.go.clone())
            }
            Screen::Urgent(u) if choice == 0 => (u.continue_label.as_str(), u.next.clone()),
            Screen::Urgent(_) => return Err(WalkError::NoSuchAnswer { at }),
            Screen::Result(_) => return Err(WalkError::PastTheEnd),
        };
        steps.push(Step { index: at, screen, answer: label });
        node = next;
    }
    Ok((screen(q, &node).ok_or(WalkError::Broken)?, steps))
}

/// Looks up a target.
pub fn screen<'a>(q: &'a Questionnaire, t: &Target) -> Option<Screen<'a>> {
    match t {
        Target::Question(id) => q.questions.iter().find(|x| &x.id == id).map(Screen::Question),
        Target::Urgent(id) => q.urgent.iter().find(|x| &x.id == id).map(Screen::Urgent),
        Target::Result(id) => q.results.iter().find(|x| &x.id == id).map(Screen::Result),
    }
}

/// If `screen` is the question that chooses a category and one of its answers is `branch`,
/// the index of that answer: the kiosk answers it for a person whose category is already known.
pub fn preset_choice(screen: &Screen<'_>, branch: &str) -> Option<u8> {
    match screen {
        Screen::Question(q) => {
            q.answers.iter().position(|a| a.branch.as_deref() == Some(branch)).and_then(|i| u8::try_from(i).ok())
        }
        _ => None,
    }
}

/// The shortest list of choices from the start, through questions only, that opens the urgent
/// screen `id`: how a typed sentence with strong danger signals jumps to the right urgent screen
/// (the danger question's 有危险, or 说不清 then 有人说不想活了).
pub fn path_to_urgent(q: &Questionnaire, id: &str) -> Option<Vec<u8>> {
    let mut queue: std::collections::VecDeque<(Target, Vec<u8>)> =
        std::iter::once((Target::Question(q.start.clone()), Vec::new())).collect();
    let mut seen: Vec<Target> = Vec::new();
    while let Some((node, path)) = queue.pop_front() {
        if seen.contains(&node) {
            continue;
        }
        seen.push(node.clone());
        let Some(Screen::Question(question)) = screen(q, &node) else { continue };
        for (i, a) in question.answers.iter().enumerate() {
            let mut next = path.clone();
            next.push(u8::try_from(i).ok()?);
            match &a.go {
                Target::Urgent(u) if u == id => return Some(next),
                t @ Target::Question(_) => queue.push_back((t.clone(), next)),
                _ => {}
            }
        }
    }
    None
}

/// The start question's first answer that goes on to another question without an urgent screen:
/// "现在没有危险" (the person answered the danger question for themselves).
pub fn calm_answer(q: &Questionnaire) -> Option<u8> {
    let start = q.questions.iter().find(|x| x.id == q.start)?;
    let i = start.answers.iter().position(|a| matches!(a.go, Target::Question(_)))?;
    u8::try_from(i).ok()
}

/// Whether the walk so far passed an urgent screen (so the result repeats the emergency numbers).
pub fn passed_urgent(steps: &[Step<'_>]) -> bool {
    steps.iter().any(|s| matches!(s.screen, Screen::Urgent(_)))
}

/// How far along the person is, as (answered, at most remaining on the longest path from here).
pub fn progress(q: &Questionnaire, choices: &[u8]) -> (usize, usize) {
    let Ok((here, _)) = walk(q, choices) else { return (choices.len(), 0) };
    let remaining = match here {
        Screen::Result(_) => 0,
        Screen::Question(x) => 1 + longest(q, &x.answers.iter().map(|a| a.go.clone()).collect::<Vec<_>>(), 0),
        Screen::Urgent(u) => 1 + longest(q, std::slice::from_ref(&u.next), 0),
    };
    (choices.len(), remaining)
}

/// Longest number of screens before a result from any of `from` (depth-limited: the graph is acyclic).
fn longest(q: &Questionnaire, from: &[Target], depth: usize) -> usize {
    if depth > 32 {
        return 0;
    }
    from.iter()
        .map(|t| match screen(q, t) {
            Some(Screen::Question(x)) => {
                1 + longest(q, &x.answers.iter().map(|a| a.go.clone()).collect::<Vec<_>>(), depth + 1)
            }
            Some(Screen::Urgent(u)) => 1 + longest(q, std::slice::from_ref(&u.next), depth + 1),
            _ => 0,
        })
        .max()
        .unwrap_or(0)
}
