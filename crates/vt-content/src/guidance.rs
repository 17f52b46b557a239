//! What the source advises for the signs a person recognises.

use serde::Serialize;

use crate::error::UnknownSign;
use crate::{ContentPack, Practice, Review, SelfCareAction, Sign, SupportRoute, UrgentHelp};

/// Which advice applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "kebab-case")]
pub enum GuidanceKind {
    /// One or more signs are recognised: speak to someone, and look after yourself.
    SeekSupport,
    /// No sign is recognised: knowing the signs and regular self-care lower the risk.
    Prevention,
}

impl GuidanceKind {
    /// The kind as it is serialized: `seek-support` or `prevention`.
    pub fn as_str(self) -> &'static str {
        match self {
            GuidanceKind::SeekSupport => "seek-support",
            GuidanceKind::Prevention => "prevention",
        }
    }
}

/// The advice for a set of recognised signs, put together from a pack.
///
/// It holds copies of the pack's items, so it lives on its own, and it is complete: with
/// or without recognised signs, it carries the urgent help, the disclaimer, the credit
/// line and the review status, and says that the signs listed are only some of them. It
/// informs; it is not a diagnosis and carries no score.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(
        frozen,
        eq,
        hash,
        get_all,
        module = "vt_content",
        subclass,
        name = "GuidanceContent"
    )
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[non_exhaustive]
pub struct Guidance {
    /// Which advice applies.
    pub kind: GuidanceKind,
    /// Where someone in crisis can turn now: shown first, with or without recognised
    /// signs.
    pub urgent_help: Option<UrgentHelp>,
    /// The recognised signs, in the order given, each once.
    pub recognised_signs: Vec<Sign>,
    /// That the signs listed are only some of the signs, in paragraphs.
    pub other_signs: Vec<String>,
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
    /// What the content is not: it informs and never diagnoses.
    pub disclaimer: Vec<String>,
    /// The credit line of the content's source.
    pub credit: String,
    /// Whether anyone has reviewed the content: a draft says it is not yet reviewed.
    pub review: Review,
}

impl ContentPack {
    /// The advice for the signs a person recognises, given by id.
    ///
    /// With one sign or more, the advice is to speak to the support routes of
    /// `advice.signs_recognised.speak_to` first, then to use the self-care actions and
    /// the practices. With none, it is the prevention advice, with the same actions and
    /// practices. An id given twice counts once.
    ///
    /// ```
    /// use vt_content::GuidanceKind;
    ///
    /// let pack = vt_content::bundled();
    /// let guidance = pack.guidance(["withdrawing", "low-motivation"])?;
    /// assert_eq!(guidance.kind, GuidanceKind::SeekSupport);
    /// assert_eq!(guidance.speak_to[0].id, "trusted-person");
    ///
    /// let error = pack.guidance(["sad"]).unwrap_err();
    /// assert_eq!(error.id, "sad");
    /// # Ok::<(), vt_content::UnknownSign>(())
    /// ```
    pub fn guidance<I, S>(&self, recognised: I) -> Result<Guidance, UnknownSign>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut recognised_signs: Vec<Sign> = Vec::new();
        for id in recognised {
            let id = id.as_ref();
            let sign = self
                .sign(id)
                .ok_or_else(|| UnknownSign { id: id.to_owned() })?;
            if !recognised_signs.contains(sign) {
                recognised_signs.push(sign.clone());
            }
        }
        let advice = &self.advice;
        let (kind, message, speak_to) = if recognised_signs.is_empty() {
            (GuidanceKind::Prevention, &advice.prevention, Vec::new())
        } else {
            let routes = self.speak_to_routes().into_iter().cloned().collect();
            (
                GuidanceKind::SeekSupport,
                &advice.signs_recognised.message,
                routes,
            )
        };
        Ok(Guidance {
            kind,
            urgent_help: self.urgent_help.clone(),
            recognised_signs,
            other_signs: advice.other_signs.clone(),
            message: message.clone(),
            speak_to,
            self_care_actions: self.self_care_actions.clone(),
            practices: self.practices.clone(),
            recovery_and_burnout: advice.recovery_and_burnout.clone(),
            disclaimer: self.disclaimer.clone(),
            credit: self.attribution.notice.clone(),
            review: self.review.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids<T>(items: &[T], id: fn(&T) -> &str) -> Vec<&str> {
        items.iter().map(id).collect()
    }

    #[test]
    fn recognised_signs_lead_to_support_first() {
        let pack = crate::bundled();
        let guidance = pack
            .guidance(["low-motivation", "withdrawing", "low-motivation"])
            .unwrap();
        assert_eq!(guidance.kind, GuidanceKind::SeekSupport);
        let signs: Vec<_> = guidance
            .recognised_signs
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(signs, ["low-motivation", "withdrawing"]);
        let routes: Vec<_> = guidance.speak_to.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(routes, ["trusted-person", "line-manager"]);
        assert_eq!(guidance.message, pack.advice.signs_recognised.message);
        assert_eq!(
            ids(&guidance.practices, |p| p.id.as_str()),
            ["ground", "release", "recharge"]
        );
    }

    #[test]
    fn a_route_named_twice_is_spoken_to_once() {
        let mut pack = crate::bundled().clone();
        let speak_to = &mut pack.advice.signs_recognised.speak_to;
        speak_to.insert(1, speak_to[0].clone());
        let guidance = pack.guidance(["losing-hope"]).unwrap();
        let routes: Vec<_> = guidance.speak_to.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(routes, ["trusted-person", "line-manager"]);
    }

    #[test]
    fn no_signs_give_the_prevention_advice() {
        let pack = crate::bundled();
        let guidance = pack.guidance(Vec::<String>::new()).unwrap();
        assert_eq!(guidance.kind, GuidanceKind::Prevention);
        assert_eq!(
            serde_json::to_value(guidance.kind).unwrap(),
            GuidanceKind::Prevention.as_str()
        );
        assert!(guidance.speak_to.is_empty());
        assert_eq!(guidance.message, pack.advice.prevention);
        assert_eq!(guidance.self_care_actions.len(), 4);
    }

    #[test]
    fn guidance_is_complete_with_or_without_signs() {
        let pack = crate::bundled();
        for recognised in [&[][..], &["losing-hope"][..]] {
            let guidance = pack.guidance(recognised).unwrap();
            assert_eq!(guidance.urgent_help, pack.urgent_help);
            assert!(guidance.urgent_help.is_some());
            assert_eq!(guidance.disclaimer, pack.disclaimer);
            assert_eq!(guidance.credit, pack.attribution.notice);
            assert_eq!(guidance.review, pack.review);
            assert!(
                guidance
                    .other_signs
                    .join(" ")
                    .contains("only some of the signs")
            );
        }
    }

    #[test]
    fn an_unknown_id_is_named() {
        let error = crate::bundled()
            .guidance(["withdrawing", "Withdrawing"])
            .unwrap_err();
        assert_eq!(
            error,
            UnknownSign {
                id: "Withdrawing".to_owned()
            }
        );
    }
}
