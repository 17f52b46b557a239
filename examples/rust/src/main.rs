//! Prints the signs and practices of the bundled pack, then the guidance for two signs.

use vt_content::GuidanceKind;

fn main() -> Result<(), vt_content::UnknownSign> {
    let pack = vt_content::bundled();
    println!(
        "{} (content {}, {})\n",
        pack.title, pack.version, pack.locale
    );

    println!("Signs of VT:");
    for sign in &pack.signs {
        println!("  [{}] {}", sign.id, sign.title);
    }

    println!("\nPractices:");
    for practice in &pack.practices {
        println!(
            "  {} ({}): {}",
            practice.title,
            practice.kind,
            practice.examples.join(", ")
        );
    }

    let recognised = ["withdrawing", "low-motivation"];
    let guidance = pack.guidance(recognised)?;
    println!("\nGuidance for {}:", recognised.join(" and "));
    for paragraph in guidance.message {
        println!("  {paragraph}");
    }
    if guidance.kind == GuidanceKind::SeekSupport {
        let routes: Vec<_> = guidance
            .speak_to
            .iter()
            .map(|route| route.title.as_str())
            .collect();
        println!("  Speak to: {}", routes.join(", then "));
    }
    let actions: Vec<_> = guidance
        .self_care_actions
        .iter()
        .map(|action| action.title.as_str())
        .collect();
    println!("  Self-care: {}", actions.join("; "));

    println!("\n{}", pack.attribution.notice);
    Ok(())
}
