//! The advice for the signs a person recognises, put together by the core.

use vt_content::{Guidance, GuidanceKind, Practice, SelfCareAction, Sign, SupportRoute};

use crate::{ContentError, ContentPack};

/// Which advice applies.
#[uniffi::remote(Enum)]
pub enum GuidanceKind {
    /// One or more signs are recognised: speak to someone, and look after yourself.
    SeekSupport,
    /// No sign is recognised: knowing the signs and regular self-care lower the risk.
    Prevention,
}

/// The advice for a set of recognised signs, put together from a pack.
///
/// It informs; it is not a diagnosis and carries no score.
#[uniffi::remote(Record)]
pub struct Guidance {
    /// Which advice applies.
    pub kind: GuidanceKind,
    /// The recognised signs, in the order given, each once.
    pub recognised_signs: Vec<Sign>,
    /// The advice itself, in paragraphs.
    pub message: Vec<String>,
    /// The support routes to speak to first, in order; empty for prevention.
    pub speak_to: Vec<SupportRoute>,
    /// Every self-care action of the pack.
    pub self_care_actions: Vec<SelfCareAction>,
    /// Every practice of the pack.
    pub practices: Vec<Practice>,
    /// That what helps recovery from VT also helps with burnout, in paragraphs.
    pub recovery_and_burnout: Vec<String>,
}

#[uniffi::export]
impl ContentPack {
    /// The advice for the signs a person recognises, given by id.
    ///
    /// With one sign or more, the advice is to speak to the support routes of
    /// `advice().signsRecognised.speakTo` first, then to use the self-care actions and
    /// the practices. With none, it is the prevention advice, with the same actions
    /// and practices. An id given twice counts once.
    ///
    /// Throws `UnknownSign` for an id that is not a sign of this pack.
    pub fn guidance(&self, recognised: Vec<String>) -> Result<Guidance, ContentError> {
        Ok(self.core().guidance(&recognised)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognised_signs_lead_to_support_first() {
        let guidance = ContentPack::bundled()
            .guidance(vec![
                "withdrawing".into(),
                "low-motivation".into(),
                "withdrawing".into(),
            ])
            .unwrap();
        assert_eq!(guidance.kind, GuidanceKind::SeekSupport);
        let signs: Vec<String> = guidance
            .recognised_signs
            .iter()
            .map(|s| s.id.to_string())
            .collect();
        assert_eq!(signs, ["withdrawing", "low-motivation"]);
        let routes: Vec<String> = guidance.speak_to.iter().map(|r| r.id.to_string()).collect();
        assert_eq!(routes, ["trusted-person", "line-manager"]);
        assert_eq!(guidance.practices.len(), 3);
    }

    #[test]
    fn an_unknown_id_is_an_error_naming_it() {
        let error = ContentPack::bundled()
            .guidance(vec!["sad".into()])
            .unwrap_err();
        assert!(
            matches!(&error, ContentError::UnknownSign { id, .. } if id == "sad"),
            "{error:?}"
        );
    }
}
