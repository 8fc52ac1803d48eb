/// An archive kept as its raw entries, to write any number of copies of it with some entries'
/// contents replaced — one per rendered document — without opening it again.
///
/// Each kept entry is copied byte for byte (its local header and compressed data as they are);
/// each replaced entry is written as ``ZipWriter`` writes a new one (deflated at level 1), with
/// the replaced entry's name and time. The archive is read once, when the template is made, and its
/// entry names are checked then as ``ZipReader`` checks them.
public struct ZipTemplate: Sendable {
    /// The archive's label in messages.
    public let label: String
    private let bytes: [UInt8]
    private let records: [Record]

    /// One entry: where its local record and its central directory record lie in `bytes`.
    private struct Record: Sendable {
        let name: String
        let nameBytes: [UInt8]
        /// The local header, name, extra field and compressed data.
        let local: Range<Int>
        /// The central directory record (its local header offset is rewritten in each copy).
        let central: Range<Int>
        /// Local header fields kept in a replaced entry.
        let flags: UInt16
        let time: UInt16
        let date: UInt16
    }

    /// Reads the entries of the archive `bytes` (an archive ``ZipWriter`` wrote: no ZIP64, no
    /// encryption, sizes in the local headers).
    /// - Throws: ``ZipError`` when the archive is damaged, encrypted, uses ZIP64 or data descriptors,
    ///   or has an unsafe or repeated entry name.
    public init(bytes: [UInt8], label: String) throws {
        let reader = ZipBytes(bytes: bytes, label: label)
        let directory = try reader.endOfCentralDirectory()
        var records: [Record] = []
        var names: Set<String> = []
        var position = directory.offset
        for _ in 0..<directory.count {
            let entry = try reader.centralRecord(at: position, end: directory.offset + directory.size)
            if let problem = EntryName.problem(entry.name) {
                throw ZipError(
                    .unsafeEntryName, problem + "; такой архив небезопасен и не будет открыт",
                    archive: label, entry: entry.name)
            }
            guard names.insert(entry.name).inserted else {
                throw ZipError(.duplicateEntry, "элемент записан в архиве дважды", archive: label, entry: entry.name)
            }
            let local = try reader.localRecord(of: entry, before: directory.offset)
            records.append(
                Record(
                    name: entry.name, nameBytes: entry.nameBytes, local: local, central: entry.range,
                    flags: reader.uint16(local.lowerBound + 6), time: reader.uint16(local.lowerBound + 10),
                    date: reader.uint16(local.lowerBound + 12)))
            position = entry.range.upperBound
        }
        self.label = label
        self.bytes = bytes
        self.records = records
    }

    /// The names of the entries, in archive order.
    public var names: [String] { records.map(\.name) }

    /// A copy of the archive with the entries named in `parts` holding those bytes instead
    /// (deflated; names the archive lacks are ignored), and the entries `added` after them, stored
    /// as they are (pictures, already compressed; small parts a rendering adds).
    /// - Throws: ``ZipError`` `.tooLarge` when a part or the archive passes 4 GB (ZIP64 is not
    ///   written), `.writeFailed` when zlib fails, `.unsafeEntryName` or `.duplicateEntry` for an
    ///   added name.
    public func write(replacing parts: [String: [UInt8]], adding added: [(name: String, bytes: [UInt8])] = [])
        throws -> [UInt8]
    {
        let deflate = try records.contains { parts[$0.name] != nil } ? Deflate(label: label) : nil
        var output: [UInt8] = []
        // The kept entries as they are, the replaced ones at the ratio office XML deflates to.
        output.reserveCapacity(
            records.reduce(22) { total, record in
                total
                    + (parts[record.name].map { $0.count / 6 + 76 + 2 * record.nameBytes.count } ?? record.local.count
                        + record.central.count)
            })
        var centrals: [(record: Record, offset: Int, replaced: (crc: UInt32, compressed: Int, size: Int)?)] = []
        centrals.reserveCapacity(records.count)
        for record in records {
            let offset = output.count
            guard let part = parts[record.name], let deflate else {
                output += bytes[record.local]
                centrals.append((record, offset, nil))
                continue
            }
            output += repeatElement(0, count: 30)
            output += record.nameBytes
            let crc = part.withUnsafeBytes(Deflate.crc32)
            let compressed = try deflate.compress(part, appendingTo: &output, label: label, entry: record.name)
            guard part.count < 0xFFFF_FFFF, compressed < 0xFFFF_FFFF else { throw tooLarge(record.name) }
            var header: [UInt8] = []
            header.uint32(0x0403_4B50)
            header.uint16(20)  // version needed: 2.0 (deflate)
            header.uint16(newFlags(record.flags))
            header.uint16(8)  // deflated
            header.uint16(record.time)
            header.uint16(record.date)
            header.uint32(crc)
            header.uint32(UInt32(compressed))
            header.uint32(UInt32(part.count))
            header.uint16(UInt16(record.nameBytes.count))
            header.uint16(0)  // no extra field
            output.replaceSubrange(offset..<(offset + 30), with: header)
            centrals.append((record, offset, (crc, compressed, part.count)))
        }
        var additions: [(name: [UInt8], offset: Int, crc: UInt32, size: Int)] = []
        var names = Set(records.map(\.name))
        for (name, part) in added {
            if let problem = EntryName.problem(name) {
                throw ZipError(.unsafeEntryName, problem, archive: label, entry: name)
            }
            guard names.insert(name).inserted else {
                throw ZipError(.duplicateEntry, "элемент записан в архиве дважды", archive: label, entry: name)
            }
            guard part.count < 0xFFFF_FFFF else { throw tooLarge(name) }
            let nameBytes = Array(name.utf8)
            let crc = CRC32.checksum(part)
            additions.append((nameBytes, output.count, crc, part.count))
            output += Self.header(local: true, name: nameBytes, crc: crc, size: part.count, offset: 0)
            output += part
        }
        let directory = output.count
        for (record, offset, replaced) in centrals {
            guard offset < 0xFFFF_FFFF else { throw tooLarge(record.name) }
            guard let replaced else {
                let start = output.count
                output += bytes[record.central]
                output.replaceSubrange((start + 42)..<(start + 46), with: [UInt8](littleEndian: UInt32(offset)))
                continue
            }
            output.uint32(0x0201_4B50)
            output.uint16(3 << 8 | 63)  // made by: Unix, ZIP 6.3 (libzip's own)
            output.uint16(20)
            output.uint16(newFlags(record.flags))
            output.uint16(8)
            output.uint16(record.time)
            output.uint16(record.date)
            output.uint32(replaced.crc)
            output.uint32(UInt32(replaced.compressed))
            output.uint32(UInt32(replaced.size))
            output.uint16(UInt16(record.nameBytes.count))
            output.uint16(0)  // extra field length
            output.uint16(0)  // comment length
            output.uint16(0)  // disk number
            output.uint16(0)  // internal attributes
            output.uint32(UInt32(0o100666) << 16)  // a regular file, rw-rw-rw- (as libzip writes a new entry)
            output.uint32(UInt32(offset))
            output += record.nameBytes
        }
        for addition in additions {
            guard addition.offset < 0xFFFF_FFFF else { throw tooLarge(nil) }
            output += Self.header(
                local: false, name: addition.name, crc: addition.crc, size: addition.size, offset: addition.offset)
        }
        let size = output.count - directory
        let count = records.count + additions.count
        guard directory < 0xFFFF_FFFF, size < 0xFFFF_FFFF, count <= 0xFFFF else { throw tooLarge(nil) }
        output.uint32(0x0605_4B50)
        output.uint16(0)  // this disk
        output.uint16(0)  // disk with the central directory
        output.uint16(UInt16(count))
        output.uint16(UInt16(count))
        output.uint32(UInt32(size))
        output.uint32(UInt32(directory))
        output.uint16(0)  // comment length
        return output
    }

    /// The local or central header of an added entry: stored, UTF-8 name, dated 1 January 2000.
    private static func header(local: Bool, name: [UInt8], crc: UInt32, size: Int, offset: Int) -> [UInt8] {
        var header: [UInt8] = []
        header.uint32(local ? 0x0403_4B50 : 0x0201_4B50)
        if !local { header.uint16(3 << 8 | 63) }  // made by: Unix, ZIP 6.3
        header.uint16(10)  // version needed: 1.0 (stored)
        header.uint16(0x0800)  // UTF-8 name
        header.uint16(0)  // stored
        header.uint16(0)  // 00:00
        header.uint16(20 << 9 | 1 << 5 | 1)  // 2000-01-01
        header.uint32(crc)
        header.uint32(UInt32(size))
        header.uint32(UInt32(size))
        header.uint16(UInt16(name.count))
        header.uint16(0)  // extra field
        if !local {
            header.uint16(0)  // comment
            header.uint16(0)  // disk
            header.uint16(0)  // internal attributes
            header.uint32(UInt32(0o100666) << 16)
            header.uint32(UInt32(offset))
        }
        return header + name
    }

    /// A replaced entry keeps its name's UTF-8 flag and is marked as deflated fast (level 1),
    /// with its sizes in the local header (no data descriptor).
    private func newFlags(_ flags: UInt16) -> UInt16 {
        (flags & 0x0800) | 0x0004
    }

    private func tooLarge(_ entry: String?) -> ZipError {
        ZipError(
            .tooLarge, "документ получается больше 4 ГБ; уменьшите данные или разбейте документ на части",
            archive: label, entry: entry)
    }
}

/// Little-endian fields of ZIP records.
extension [UInt8] {
    init(littleEndian value: UInt32) {
        self = [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    mutating func uint16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func uint32(_ value: UInt32) {
        append(contentsOf: [UInt8](littleEndian: value))
    }
}
