import Foundation
import TestSupport
import Testing
import ZipArchive

/// The golden-file helper itself: it sees every entry and its order, shows differences as
/// unified diffs with context, and a recording run fails.
@Suite struct GoldenTests {
    static func package(_ entries: [(String, String)]) throws -> [UInt8] {
        let writer = try ZipWriter(label: "проба.docx")
        for (name, text) in entries { try writer.add(name, bytes: Array(text.utf8)) }
        return try writer.finish()
    }

    static let lines = (1...20).map { "<p>строка \($0)</p>" }.joined()
    static let entries = [
        ("mimetype", "application/x-test"), ("content.xml", "<doc>\(lines)</doc>"),
        ("styles.xml", "<styles/>"),
    ]

    @Test func recordingWritesTheFilesAndFails() throws {
        let folder = try Paths.temporaryFolder().appendingPathComponent("проба")
        let recorded = try Golden.compare(try Self.package(Self.entries), folder: folder, recording: true)
        #expect(recorded.count == 1 && recorded[0].contains("эталон записан заново"))
        #expect(try Golden.compare(try Self.package(Self.entries), folder: folder, recording: false) == [])
        let listing = try String(contentsOf: folder.appendingPathComponent(Golden.listing), encoding: .utf8)
        #expect(listing.hasPrefix("mimetype\t18 байт\tCRC-32 "))
        #expect(listing.hasSuffix("\ncontent.xml\nstyles.xml\n"))
    }

    @Test func entryOrderAndNonXMLContentCount() throws {
        let folder = try Paths.temporaryFolder().appendingPathComponent("проба")
        _ = try Golden.compare(try Self.package(Self.entries), folder: folder, recording: true)
        let swapped = [Self.entries[0], Self.entries[2], Self.entries[1]]
        let order = try Golden.compare(try Self.package(swapped), folder: folder, recording: false)
        #expect(order.count == 1 && order[0].hasPrefix("entries.txt:\n--- эталон\n+++ сейчас\n@@ "), "\(order)")
        let moved = ["content.xml", "styles.xml"].filter {
            order.first?.contains("\n-\($0)") == true && order.first?.contains("\n+\($0)") == true
        }
        #expect(moved.count == 1, "одна из частей переставлена: \(order)")
        let changed = [("mimetype", "application/x-other")] + Self.entries.dropFirst()
        let content = try Golden.compare(try Self.package(changed), folder: folder, recording: false)
        #expect(content.count == 1 && content[0].contains("+mimetype\t19 байт"), "\(content)")
    }

    @Test func missingAndExtraParts() throws {
        let folder = try Paths.temporaryFolder().appendingPathComponent("проба")
        _ = try Golden.compare(try Self.package(Self.entries), folder: folder, recording: true)
        let fewer = try Golden.compare(
            try Self.package(Array(Self.entries.prefix(2))), folder: folder, recording: false)
        #expect(fewer.contains("styles.xml: есть в эталоне, нет в документе"))
        let more = try Golden.compare(
            try Self.package(Self.entries + [("word/new.xml", "<new/>")]), folder: folder, recording: false)
        #expect(more.contains { $0.hasPrefix("word/new.xml: нет эталона") })
    }

    @Test func partDifferencesAreUnifiedDiffsWithContext() throws {
        let folder = try Paths.temporaryFolder().appendingPathComponent("проба")
        _ = try Golden.compare(try Self.package(Self.entries), folder: folder, recording: true)
        let edited = Self.lines.replacingOccurrences(of: "строка 5<", with: "строка пять<")
            .replacingOccurrences(of: "строка 17<", with: "строка семнадцать<")
        let found = try Golden.compare(
            try Self.package([Self.entries[0], ("content.xml", "<doc>\(edited)</doc>"), Self.entries[2]]),
            folder: folder, recording: false)
        let diff = try #require(found.first { $0.hasPrefix("content.xml:") })
        #expect(diff.components(separatedBy: "\n@@ ").count == 3, "два места правки — два фрагмента: \(diff)")
        #expect(diff.contains("  <p>строка 4</p>\n-  <p>строка 5</p>\n+  <p>строка пять</p>\n   <p>строка 6</p>"))
        #expect(diff.contains("-  <p>строка 17</p>\n+  <p>строка семнадцать</p>"))
    }

    @Test func unifiedDiffHeadersCountLines() {
        let diff = UnifiedDiff.make(expected: "a\nb\nc\nd", actual: "a\nb\nx\nd\ne", context: 1)
        #expect(diff == "--- эталон\n+++ сейчас\n@@ -2,3 +2,4 @@\n b\n-c\n+x\n d\n+e")
        #expect(UnifiedDiff.make(expected: "same", actual: "same") == nil)
    }
}
