// swift-tools-version:5.9
// A small Swift program that uses the vt-content Swift bindings: it prints the signs of the
// bundled pack and the guidance for two recognised signs. scripts/test-swift.sh runs it;
// by hand, after bindings/uniffi/generate.sh swift, from this directory:
//   swift run -Xlinker -L../../target/debug -Xlinker -rpath -Xlinker ../../target/debug
import PackageDescription

let package = Package(
    name: "VtContentExample",
    platforms: [.macOS(.v12)],
    dependencies: [
        // The package's identity is the name of its directory.
        .package(path: "../../bindings/uniffi/swift"),
    ],
    targets: [
        .executableTarget(
            name: "VtContentExample",
            dependencies: [.product(name: "VtContent", package: "swift")],
            path: "Sources/VtContentExample"
        ),
    ],
    swiftLanguageVersions: [.v5]
)
