//! The items a pack lists: signs, self-care actions, practices and support routes.

#[cfg(test)]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Contact, Id};

/// A warning sign of vicarious traumatisation, such as losing hope in your work.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Sign {
    /// The sign's stable id, such as `losing-hope`.
    pub id: Id,
    /// The sign in a few words, for a list or a checkbox.
    pub title: String,
    /// What the sign can feel like, in paragraphs.
    pub description: Vec<String>,
}

/// Something to do regularly to look after yourself, which can help you recover from VT.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct SelfCareAction {
    /// The action's stable id, such as `stay-connected`.
    pub id: Id,
    /// The action in a few words.
    pub title: String,
    /// How to do it, in paragraphs.
    pub how: Vec<String>,
}

/// One of the three practices: ground, release and recharge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "lowercase")]
pub enum PracticeKind {
    /// Turning your attention to your body while you support someone: your feet on the
    /// ground, your breathing.
    Ground,
    /// Letting go of the pain you take on from others.
    Release,
    /// Renewing your energy and your connection to life.
    Recharge,
}

impl PracticeKind {
    /// Every kind, in the order the practices are done.
    pub const ALL: [PracticeKind; 3] = [
        PracticeKind::Ground,
        PracticeKind::Release,
        PracticeKind::Recharge,
    ];

    /// The kind as it is written in a pack: `ground`, `release` or `recharge`.
    pub fn as_str(self) -> &'static str {
        match self {
            PracticeKind::Ground => "ground",
            PracticeKind::Release => "release",
            PracticeKind::Recharge => "recharge",
        }
    }
}

/// One of the three practices (ground, release, recharge): what it is for, how to do it,
/// and activities to try.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
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
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct SupportRoute {
    /// The route's stable id, such as `line-manager`.
    pub id: Id,
    /// The route in a few words.
    pub title: String,
    /// When and how to use it, in paragraphs.
    pub description: Vec<String>,
    /// How to reach it: phone numbers, text-message numbers or web addresses, such as an
    /// employer's occupational health line (schema 1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub contacts: Vec<Contact>,
}
