//! A pack, or a guidance, described as a schema.org `MedicalWebPage` in JSON-LD.

use serde_json::{Map, Value, json};

use crate::{
    ContentPack, Guidance, GuidanceKind, Labels, Licence, Practice, ReviewStatus, SelfCareAction,
    Sign, SupportRoute,
};

/// The pack as a schema.org [`MedicalWebPage`](https://schema.org/MedicalWebPage), in
/// JSON-LD: what a search engine or an assistant reads about the page.
///
/// Its `hasPart` holds one `HealthTopicContent` for each aspect the pack covers, named
/// by `hasHealthAspect`: the signs (`SymptomsHealthAspect`), lowering the risk
/// (`PreventionHealthAspect`), the self-care actions and practices
/// (`SelfCareHealthAspect`) and where to turn (`HowOrWhereHealthAspect`: to someone you
/// trust, not to a doctor). It also gives `inLanguage`, `audience`, `isBasedOn` (the
/// source) and `creditText`.
///
/// `license` comes from the source's licence (`attribution.licence`), when the pack has
/// one; `lastReviewed` and `reviewedBy` are given only for a pack whose status is
/// `reviewed`, which names its reviewer and the day; a draft is `creativeWorkStatus`
/// `Draft`, as every page says it is not yet reviewed.
///
/// The same description is in every page that [`Document::pack`](super::Document::pack)
/// draws.
///
/// ```
/// let value = vt_content::render::json_ld(vt_content::bundled());
/// assert_eq!(value["@type"], "MedicalWebPage");
/// assert_eq!(value["inLanguage"], "en-GB");
/// assert!(value.get("lastReviewed").is_none());
/// assert_eq!(value["creativeWorkStatus"], "Draft");
/// ```
pub fn json_ld(pack: &ContentPack) -> Value {
    self::pack(pack, &crate::labels(pack))
}

/// JSON-LD as text to publish in a `<script type="application/ld+json">` element,
/// pretty-printed. `<`, `>` and `&` are written `\u003c`, `\u003e` and `\u0026`, which
/// JSON reads as the same characters, so that no text of a pack can end the element or
/// open a comment in it.
///
/// ```
/// use vt_content::render::{json_ld, json_ld_text};
///
/// let mut pack = vt_content::bundled().clone();
/// pack.title = "VT </script><script>alert(1)</script>".into();
/// let text = json_ld_text(&json_ld(&pack));
/// assert!(!text.contains('<') && !text.contains('>'));
/// let back: serde_json::Value = serde_json::from_str(&text)?;
/// assert_eq!(back, json_ld(&pack));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn json_ld_text(value: &Value) -> String {
    script_safe(format!("{value:#}"))
}

/// JSON text that is safe inside a `script` element: `<`, `>` and `&` only occur inside
/// JSON strings, where `\u` escapes mean the same.
pub(super) fn script_safe(json: String) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The IRI of a member of schema.org's `HealthAspectEnumeration`.
fn aspect(name: &str) -> Value {
    json!({ "@id": format!("https://schema.org/{name}") })
}

/// One part of the page: a health topic of one aspect, with its text and items.
fn topic(aspect_name: &str, name: &str, text: &[String], parts: Vec<Value>) -> Value {
    let mut topic = Map::new();
    topic.insert("@type".into(), "HealthTopicContent".into());
    topic.insert("hasHealthAspect".into(), aspect(aspect_name));
    topic.insert("name".into(), name.into());
    if !text.is_empty() {
        topic.insert("text".into(), text.join(" ").into());
    }
    if !parts.is_empty() {
        topic.insert("hasPart".into(), parts.into());
    }
    Value::Object(topic)
}

/// An item of the pack, as web content with its stable id.
fn item(id: &str, name: &str, text: &[String]) -> Value {
    json!({
        "@type": "WebContent",
        "identifier": id,
        "name": name,
        "text": text.join(" "),
    })
}

fn signs(signs: &[Sign]) -> Vec<Value> {
    let signs = signs.iter();
    signs
        .map(|s| item(s.id.as_str(), &s.title, &s.description))
        .collect()
}

fn routes(routes: &[SupportRoute]) -> Vec<Value> {
    let routes = routes.iter();
    routes
        .map(|r| item(r.id.as_str(), &r.title, &r.description))
        .collect()
}

fn self_care(
    labels: &Labels,
    intro: &[String],
    actions: &[SelfCareAction],
    practices: &[Practice],
) -> Value {
    let actions = actions
        .iter()
        .map(|a| item(a.id.as_str(), &a.title, &a.how));
    let practices = practices.iter().map(|p| {
        let text: Vec<String> = p.purpose.iter().chain(&p.how).cloned().collect();
        item(p.id.as_str(), &p.title, &text)
    });
    topic(
        "SelfCareHealthAspect",
        &labels.self_care,
        intro,
        actions.chain(practices).collect(),
    )
}

/// What every page of a pack says about itself: the page, its language, audience,
/// source and credit.
fn page(pack: &ContentPack, name: &str, description: &str) -> Map<String, Value> {
    let source = &pack.attribution;
    let mut page = Map::new();
    page.insert("@context".into(), "https://schema.org".into());
    page.insert("@type".into(), "MedicalWebPage".into());
    page.insert("name".into(), name.into());
    page.insert("description".into(), description.into());
    page.insert("inLanguage".into(), pack.locale.as_str().into());
    page.insert("identifier".into(), pack.id.as_str().into());
    page.insert("version".into(), pack.version.to_string().into());
    let mut about = json!({ "@type": "Thing", "name": pack.title });
    if !pack.about.also_known_as.is_empty() {
        about["alternateName"] = pack.about.also_known_as.clone().into();
    }
    page.insert("about".into(), about);
    if let Some(audience) = &pack.audience {
        page.insert(
            "audience".into(),
            json!({ "@type": "PeopleAudience", "audienceType": audience }),
        );
    }
    page.insert(
        "isBasedOn".into(),
        json!({
            "@type": "WebPage",
            "name": source.source_title,
            "isPartOf": { "@type": "WebSite", "name": source.source_name },
            "publisher": { "@type": "Organization", "name": source.publisher },
        }),
    );
    page.insert("creditText".into(), source.notice.clone().into());
    if let Some(copyright) = &source.copyright {
        page["isBasedOn"]["copyrightNotice"] = copyright.as_str().into();
    }
    // The address as a browser reads it, which the page links: `https://evil.example\@x/`
    // goes to `evil.example`, though a reader of RFC 3986 would take `x` for its host.
    // Only one the loader would take: a pack built in memory is not checked.
    if let Some(url) = source.url.as_deref().and_then(super::document::linkable) {
        page["isBasedOn"]["url"] = String::from(url).into();
    }
    if let Some(licence) = &source.licence {
        page.insert("license".into(), license(licence));
    }
    let review = &pack.review;
    if review.status == Some(ReviewStatus::Draft) {
        page.insert("creativeWorkStatus".into(), "Draft".into());
    }
    if let (Some(ReviewStatus::Reviewed), Some(day), Some(reviewer)) =
        (review.status, review.last_reviewed, &review.reviewed_by)
    {
        page.insert("lastReviewed".into(), day.to_string().into());
        page.insert(
            "reviewedBy".into(),
            json!({ "@type": "Organization", "name": reviewer.organisation, "description": reviewer.role }),
        );
    }
    page
}

/// The licence as schema.org wants it: the SPDX page of a listed licence, or the terms
/// themselves for a licence of the pack's own (`LicenseRef-`) or an expression.
fn license(licence: &Licence) -> Value {
    match spdx::license_id(&licence.expression) {
        Some(id) => format!("https://spdx.org/licenses/{}.html", id.name).into(),
        None => json!({
            "@type": "CreativeWork",
            "name": licence.expression,
            "text": licence.text.join(" "),
        }),
    }
}

pub(super) fn pack(pack: &ContentPack, labels: &Labels) -> Value {
    let advice = &pack.advice;
    let mut page = page(pack, &pack.title, &pack.summary.join(" "));
    let prevention: Vec<String> = advice
        .prevention
        .iter()
        .chain(&advice.recovery_and_burnout)
        .cloned()
        .collect();
    let parts = vec![
        topic(
            "SymptomsHealthAspect",
            &labels.signs,
            &[],
            signs(&pack.signs),
        ),
        topic(
            "PreventionHealthAspect",
            &labels.prevention,
            &prevention,
            Vec::new(),
        ),
        self_care(
            labels,
            &advice.self_care,
            &pack.self_care_actions,
            &pack.practices,
        ),
        topic(
            "HowOrWhereHealthAspect",
            &labels.support,
            &advice.signs_recognised.message,
            routes(&pack.support),
        ),
    ];
    page.insert("hasPart".into(), parts.into());
    Value::Object(page)
}

pub(super) fn guidance(
    pack: &ContentPack,
    guidance: &Guidance,
    labels: &Labels,
    title: &str,
) -> Value {
    let mut page = page(pack, title, &guidance.message.join(" "));
    let mut parts = Vec::new();
    match guidance.kind {
        GuidanceKind::SeekSupport => {
            parts.push(topic(
                "SymptomsHealthAspect",
                &labels.recognised_signs,
                &[],
                signs(&guidance.recognised_signs),
            ));
            parts.push(topic(
                "HowOrWhereHealthAspect",
                &labels.speak_to,
                &guidance.message,
                routes(&guidance.speak_to),
            ));
        }
        GuidanceKind::Prevention => {
            parts.push(topic(
                "PreventionHealthAspect",
                &labels.prevention,
                &guidance.message,
                Vec::new(),
            ));
        }
    }
    parts.push(self_care(
        labels,
        &guidance.recovery_and_burnout,
        &guidance.self_care_actions,
        &guidance.practices,
    ));
    page.insert("hasPart".into(), parts.into());
    Value::Object(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_cannot_end_it() {
        let value = json!({"name": "</script><!-- & \"x\""});
        for text in [script_safe(value.to_string()), json_ld_text(&value)] {
            assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
            let back: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(back, value);
        }
    }

    /// The source's address is the one the page links, where a browser goes.
    #[test]
    fn the_source_address_is_the_one_a_browser_follows() {
        let mut pack = crate::bundled().clone();
        pack.attribution.url = Some("https://evil.example\\@www.rotherhive.co.uk/vt".to_owned());
        let value = json_ld(&pack);
        assert_eq!(
            value["isBasedOn"]["url"],
            "https://evil.example/@www.rotherhive.co.uk/vt"
        );
    }

    fn aspects(value: &Value) -> Vec<&str> {
        value["hasPart"]
            .as_array()
            .unwrap()
            .iter()
            .map(|part| part["hasHealthAspect"]["@id"].as_str().unwrap())
            .map(|iri| iri.trim_start_matches("https://schema.org/"))
            .collect()
    }

    #[test]
    fn the_pack_covers_four_aspects_and_every_item() {
        let pack = crate::bundled();
        let value = json_ld(pack);
        assert_eq!(
            aspects(&value),
            [
                "SymptomsHealthAspect",
                "PreventionHealthAspect",
                "SelfCareHealthAspect",
                "HowOrWhereHealthAspect"
            ]
        );
        assert_eq!(
            value["hasPart"][0]["hasPart"].as_array().unwrap().len(),
            pack.signs.len()
        );
        assert_eq!(
            value["isBasedOn"]["publisher"]["name"],
            "Rotherham Place Partnership"
        );
        assert_eq!(value["about"]["alternateName"][0], "VT");
        assert_eq!(
            value["audience"],
            json!({ "@type": "PeopleAudience", "audienceType": pack.audience })
        );
        assert_eq!(value["license"]["@type"], "CreativeWork");
        assert!(
            value["license"]["name"]
                .as_str()
                .unwrap()
                .starts_with("LicenseRef-")
        );
        for absent in ["lastReviewed", "reviewedBy"] {
            assert!(value.get(absent).is_none(), "{absent}");
        }
        assert_eq!(value["creativeWorkStatus"], "Draft");
    }

    /// A licence that SPDX lists is its SPDX page; the source's copyright is the
    /// source's.
    #[test]
    fn a_listed_licence_is_its_spdx_page() {
        let mut pack = crate::bundled().clone();
        pack.attribution.licence = Some(Licence {
            expression: "CC-BY-4.0".into(),
            text: Vec::new(),
        });
        let value = json_ld(&pack);
        assert_eq!(value["license"], "https://spdx.org/licenses/CC-BY-4.0.html");
        assert_eq!(
            value["isBasedOn"]["copyrightNotice"],
            pack.attribution.copyright.unwrap().as_str()
        );
    }

    #[test]
    fn a_reviewed_pack_names_its_review_and_is_no_draft() {
        let mut pack = crate::bundled().clone();
        pack.review.status = Some(ReviewStatus::Reviewed);
        pack.review.last_reviewed = "2027-01-15".parse().ok();
        pack.review.reviewed_by = Some(crate::Reviewer {
            role: "Clinical psychologist".into(),
            organisation: "A trust".into(),
        });
        let value = json_ld(&pack);
        assert_eq!(value["lastReviewed"], "2027-01-15");
        assert_eq!(value["reviewedBy"]["name"], "A trust");
        assert!(value.get("creativeWorkStatus").is_none());
    }

    #[test]
    fn guidance_covers_the_aspects_it_gives() {
        let pack = crate::bundled();
        let seek = guidance(
            pack,
            &pack.guidance(["withdrawing"]).unwrap(),
            &Labels::en_gb(),
            "t",
        );
        assert_eq!(
            aspects(&seek),
            [
                "SymptomsHealthAspect",
                "HowOrWhereHealthAspect",
                "SelfCareHealthAspect"
            ]
        );
        let prevent = guidance(
            pack,
            &pack.guidance([""; 0]).unwrap(),
            &Labels::en_gb(),
            "t",
        );
        assert_eq!(
            aspects(&prevent),
            ["PreventionHealthAspect", "SelfCareHealthAspect"]
        );
    }
}
