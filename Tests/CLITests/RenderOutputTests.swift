import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `render -o FILE` replaces the file in one step, and removes the temporary files that stopped
/// runs left beside it — only those whose writer is gone.
@Suite struct RenderOutputTests {
    static let data = Paths.fixture("templates/sample-data.yaml")

    @Test func staleTemporaryFilesAreRemovedAndLiveOnesKept() throws {
        let folder = try Paths.temporaryFolder()
        let output = folder.appendingPathComponent("приказ.odt")
        // Left by a run of an earlier version, and by a run of this one, both killed while writing.
        let legacy = folder.appendingPathComponent("приказ.odt.tmp-3k9x0q2m1a7z")
        let stale = folder.appendingPathComponent(".приказ.odt.paperwork-tmp-abcdef123456")
        // Held by a run that is still writing (the lock of its temporary file).
        let live = folder.appendingPathComponent(".приказ.odt.paperwork-tmp-zyxwvu654321")
        let unrelated = folder.appendingPathComponent("приказ.odt.tmp-копия")
        for file in [legacy, stale, live, unrelated] { try Data("часть".utf8).write(to: file) }
        let descriptor = open(live.path, O_RDONLY)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        defer { close(descriptor) }
        let result = try Command.paperwork([
            "render", Paths.fixture("templates/sample.odt"), Self.data, "-o", output.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [live.lastPathComponent, "приказ.odt", unrelated.lastPathComponent].sorted())
        let head = try #require(FileManager.default.contents(atPath: output.path)).prefix(2)
        #expect(Array(head) == [0x50, 0x4B])
    }
}
