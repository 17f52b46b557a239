// Prints the signs of vicarious traumatisation in the bundled pack, then the guidance for
// two recognised signs, through the Swift bindings.
import VtContent

let pack = bundledPack()
print("\(pack.title()) (\(pack.locale()), content \(pack.version()))")
print()
print("Signs:")
for sign in pack.signs() {
    print("  \(sign.id): \(sign.title)")
}

let recognised = ["withdrawing", "low-motivation"]
print()
print("Guidance for \(recognised.joined(separator: " and ")):")
do {
    let guidance = try pack.guidance(recognised: recognised)
    for paragraph in guidance.message {
        print("  \(paragraph)")
    }
    print("Speak to:")
    for route in guidance.speakTo {
        print("  - \(route.title)")
    }
    print("Practices:")
    for practice in guidance.practices {
        print("  - \(practice.title) (\(practice.kind)): \(practice.purpose.first ?? "")")
    }
} catch ContentError.UnknownSign(let summary, _) {
    print("No guidance: \(summary)")
} catch {
    print("No guidance: \(error)")
}
