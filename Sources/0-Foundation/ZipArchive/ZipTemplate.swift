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
    /// (deflated); names the archive lacks are ignored.
    /// - Throws: ``ZipError`` `.tooLarge` when a part or the archive passes 4 GB (ZIP64 is not
    ///   written), `.writeFailed` when zlib fails.
    public func write(replacing parts: [String: [UInt8]]) throws -> [UInt8] {
        let deflate = try records.contains { parts[$0.name] != nil } ? Deflate() : nil
        var capacity = 22
        for record in records {
            if let part = parts[record.name], let deflate {
                capacity += 30 + 46 + 2 * record.nameBytes.count + deflate.bound(part.count)
            } else {
                capacity += record.local.count + record.central.count
            }
        }
        var failure: ZipError?
        let archive = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            let output = UnsafeMutableRawBufferPointer(buffer)
            bytes.withUnsafeBytes { source in
                do {
                    count = try assemble(parts, deflate: deflate, from: source, into: output)
                } catch let error as ZipError {
                    failure = error
                } catch {
                    failure = ZipError(
                        .writeFailed, "не удалось сжать часть документа; возможно, не хватает памяти",
                        archive: label)
                }
            }
        }
        if let failure { throw failure }
        return archive
    }

    /// Writes the local records, then the central directory and its end, into `output`.
    /// - Returns: the number of bytes written.
    private func assemble(
        _ parts: [String: [UInt8]], deflate: Deflate?, from source: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws -> Int {
        var writer = RecordWriter(output: output)
        var centrals: [(record: Record, offset: Int, replaced: (crc: UInt32, compressed: Int, size: Int)?)] = []
        centrals.reserveCapacity(records.count)
        for record in records {
            let offset = writer.position
            guard let part = parts[record.name], let deflate else {
                writer.copy(UnsafeRawBufferPointer(rebasing: source[record.local]))
                centrals.append((record, offset, nil))
                continue
            }
            let (crc, compressed) = try part.withUnsafeBytes { input -> (UInt32, Int) in
                let start = offset + 30 + record.nameBytes.count
                let room = UnsafeMutableRawBufferPointer(rebasing: output[start...])
                return (Deflate.crc32(input), try deflate.compress(input, into: room))
            }
            guard part.count < 0xFFFF_FFFF, compressed < 0xFFFF_FFFF else { throw tooLarge(record.name) }
            writer.uint32(0x0403_4B50)
            writer.uint16(20)  // version needed: 2.0 (deflate)
            writer.uint16(newFlags(record.flags))
            writer.uint16(8)  // deflated
            writer.uint16(record.time)
            writer.uint16(record.date)
            writer.uint32(crc)
            writer.uint32(UInt32(compressed))
            writer.uint32(UInt32(part.count))
            writer.uint16(UInt16(record.nameBytes.count))
            writer.uint16(0)  // no extra field
            writer.copy(record.nameBytes)
            writer.skip(compressed)
            centrals.append((record, offset, (crc, compressed, part.count)))
        }
        let directory = writer.position
        for (record, offset, replaced) in centrals {
            guard offset < 0xFFFF_FFFF else { throw tooLarge(record.name) }
            guard let replaced else {
                let start = writer.position
                writer.copy(UnsafeRawBufferPointer(rebasing: source[record.central]))
                writer.patch(UInt32(offset), at: start + 42)
                continue
            }
            writer.uint32(0x0201_4B50)
            writer.uint16(3 << 8 | 63)  // made by: Unix, ZIP 6.3 (libzip's own)
            writer.uint16(20)
            writer.uint16(newFlags(record.flags))
            writer.uint16(8)
            writer.uint16(record.time)
            writer.uint16(record.date)
            writer.uint32(replaced.crc)
            writer.uint32(UInt32(replaced.compressed))
            writer.uint32(UInt32(replaced.size))
            writer.uint16(UInt16(record.nameBytes.count))
            writer.uint16(0)  // extra field length
            writer.uint16(0)  // comment length
            writer.uint16(0)  // disk number
            writer.uint16(0)  // internal attributes
            writer.uint32(UInt32(0o100666) << 16)  // a regular file, rw-rw-rw- (as libzip writes a new entry)
            writer.uint32(UInt32(offset))
            writer.copy(record.nameBytes)
        }
        let size = writer.position - directory
        guard directory < 0xFFFF_FFFF, size < 0xFFFF_FFFF else { throw tooLarge(nil) }
        writer.uint32(0x0605_4B50)
        writer.uint16(0)  // this disk
        writer.uint16(0)  // disk with the central directory
        writer.uint16(UInt16(records.count))
        writer.uint16(UInt16(records.count))
        writer.uint32(UInt32(size))
        writer.uint32(UInt32(directory))
        writer.uint16(0)  // comment length
        return writer.position
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

/// Little-endian fields written one after another into a buffer large enough for them all.
private struct RecordWriter {
    let output: UnsafeMutableRawBufferPointer
    private(set) var position = 0

    init(output: UnsafeMutableRawBufferPointer) { self.output = output }

    mutating func uint16(_ value: UInt16) {
        output.storeBytes(of: value.littleEndian, toByteOffset: position, as: UInt16.self)
        position += 2
    }

    mutating func uint32(_ value: UInt32) {
        output.storeBytes(of: value.littleEndian, toByteOffset: position, as: UInt32.self)
        position += 4
    }

    mutating func copy(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, let target = output.baseAddress, !bytes.isEmpty else { return }
        (target + position).copyMemory(from: base, byteCount: bytes.count)
        position += bytes.count
    }

    mutating func copy(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { copy($0) }
    }

    /// Moves past `count` bytes written directly into `output`.
    mutating func skip(_ count: Int) { position += count }

    func patch(_ value: UInt32, at offset: Int) {
        output.storeBytes(of: value.littleEndian, toByteOffset: offset, as: UInt32.self)
    }
}
