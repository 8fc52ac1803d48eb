import Foundation
import OfficePackage
import ZipArchive

/// What one conversion sends to LibreOffice: documents made from one template bound into volumes
/// (see ``PDFBinder``), a few volumes a process, and every other document on its own.
struct PDFVolumes {
    /// A document or a volume as the pool converts it; `members` are the indexes of the documents
    /// it holds, in order (one for a document on its own).
    struct Item {
        let name: String
        let bytes: [UInt8]
        let format: OfficeFormat
        let members: [Int]

        var isVolume: Bool { members.count > 1 }
    }

    let items: [Item]

    /// Plans the conversion of `documents` on `processes` processes.
    init(_ documents: [(name: String, bytes: [UInt8], format: OfficeFormat)], processes: Int) {
        var groups: [[Int]] = []
        var groupOf: [String: Int] = [:]
        var single: [Int] = []
        for (index, document) in documents.enumerated() {
            guard let key = Self.template(of: document.bytes, format: document.format) else {
                single.append(index)
                continue
            }
            if let group = groupOf[key] {
                groups[group].append(index)
            } else {
                groupOf[key] = groups.count
                groups.append([index])
            }
        }
        var planned: [[Int]] = []
        for group in groups {
            guard group.count > 1 else {
                single += group
                continue
            }
            let count = max(
                min(processes, group.count / 2), (group.count + PDFPool.largestVolume - 1) / PDFPool.largestVolume)
            let size = (group.count + count - 1) / count
            planned += stride(from: 0, to: group.count, by: size).map { Array(group[$0..<min($0 + size, group.count)]) }
        }
        // Binding parses every document: on all cores.
        let volumes = planned
        let bound = Bound(count: volumes.count)
        DispatchQueue.concurrentPerform(iterations: volumes.count) { volume in
            let members = volumes[volume]
            guard members.count > 1 else { return }
            bound.set(volume, PDFBinder.bind(members.map { documents[$0].bytes }, format: documents[members[0]].format))
        }
        var items: [Item] = []
        for (volume, members) in volumes.enumerated() {
            guard let bytes = bound.value(volume) else {
                single += members
                continue
            }
            let first = documents[members[0]]
            items.append(Item(name: first.name, bytes: bytes, format: first.format, members: members))
        }
        for index in single.sorted() {
            let document = documents[index]
            items.append(Item(name: document.name, bytes: document.bytes, format: document.format, members: [index]))
        }
        self.items = items
    }

    /// What documents made from one template share: the format and every part but the body and
    /// the metadata, by name, size and checksum. Nil when the bytes are not a readable package.
    private static func template(of bytes: [UInt8], format: OfficeFormat) -> String? {
        guard let reader = try? ZipReader(bytes: bytes, label: "документ") else { return nil }
        let body = PDFBinder.bodyPart(format)
        var key = format.rawValue
        for entry in reader.entries
        where entry.name != body && entry.name != "meta.xml" && !entry.name.hasPrefix("docProps/") {
            key += "|\(entry.name):\(entry.size):\(entry.crc32)"
        }
        return key
    }
}

/// The volumes bound on several threads.
private final class Bound: @unchecked Sendable {
    private let lock = NSLock()
    private var volumes: [[UInt8]?]

    init(count: Int) { volumes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ bytes: [UInt8]?) { lock.withLock { volumes[index] = bytes } }
    func value(_ index: Int) -> [UInt8]? { lock.withLock { volumes[index] } }
}
