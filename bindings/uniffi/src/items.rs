//! The items a pack lists: signs, self-care actions, practices and support routes.
//!
//! These are the core's own types, declared here again (as uniffi "remote" types) so
//! that uniffi can see their fields. The compiler checks that each declaration matches.

use vt_content::{Id, Practice, PracticeKind, SelfCareAction, Sign, SupportRoute};

/// A warning sign of vicarious traumatisation, such as losing hope in your work.
#[uniffi::remote(Record)]
pub struct Sign {
    /// The sign's stable id, such as `losing-hope`.
    pub id: Id,
    /// The sign in a few words, for a list or a checkbox.
    pub title: String,
    /// What the sign can feel like, in paragraphs.
    pub description: Vec<String>,
}

/// Something to do regularly that builds resilience to VT and helps recovery from it.
#[uniffi::remote(Record)]
pub struct SelfCareAction {
    /// The action's stable id, such as `stay-connected`.
    pub id: Id,
    /// The action in a few words.
    pub title: String,
    /// How to do it, in paragraphs.
    pub how: Vec<String>,
}

/// One of the three practices: ground, release and recharge.
#[uniffi::remote(Enum)]
pub enum PracticeKind {
    /// Staying steady in your body while you support someone.
    Ground,
    /// Letting go of the stress you take on from others.
    Release,
    /// Renewing your energy and your connection to life.
    Recharge,
}

/// A practice that helps the body let go of stress: what it is for, how to do it, and
/// activities to try.
#[uniffi::remote(Record)]
pub struct Practice {
    /// The practice's stable id, such as `ground`.
    pub id: Id,
    /// Which of the three practices this is.
    pub kind: PracticeKind,
    /// The practice in a few words.
    pub title: String,
    /// What the practice does for you, in paragraphs.
    pub purpose: Vec<String>,
    /// How to do it, in paragraphs.
    pub how: Vec<String>,
    /// Example activities, each a short phrase.
    pub examples: Vec<String>,
}

/// Somewhere to turn for support, such as a person you trust.
#[uniffi::remote(Record)]
pub struct SupportRoute {
    /// The route's stable id, such as `line-manager`.
    pub id: Id,
    /// The route in a few words.
    pub title: String,
    /// When and how to use it, in paragraphs.
    pub description: Vec<String>,
}
