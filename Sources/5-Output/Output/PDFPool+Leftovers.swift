import Foundation

extension PDFPool {
    /// The name every conversion's work folder starts with, in ``temporaryFolder``.
    static let workPrefix = "paperwork-pdf-"

    /// A new work folder, locked (the lock file `<folder>.lock` beside it, taken before the folder
    /// exists) so that another run's ``removeLeftovers()`` leaves it alone while this run lives.
    func makeWorkFolder() throws -> (folder: URL, lock: FolderLock) {
        let work = temporaryFolder.appendingPathComponent(Self.workPrefix + UUID().uuidString)
        let lock = try FolderLock(path: work.path + ".lock", folder: work.lastPathComponent)
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            lock.release()
            throw error
        }
        return (work, lock)
    }

    /// Removes the work folders (and profiles) of conversions that ended without cleaning up —
    /// a run killed or interrupted: those whose lock nobody holds.
    func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder.path)) ?? []
        for name in names where name.hasPrefix(Self.workPrefix) && !name.hasSuffix(".lock") {
            let folder = temporaryFolder.appendingPathComponent(name)
            guard let lock = try? FolderLock(path: folder.path + ".lock", folder: name) else { continue }
            try? FileManager.default.removeItem(at: folder)
            lock.release()
        }
    }
}
