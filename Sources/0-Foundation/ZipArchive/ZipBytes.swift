/// The records of a zip archive read straight from its bytes, every offset checked against the
/// archive's length; for ``ZipTemplate``, which keeps entries as they are stored.
struct ZipBytes {
    let bytes: [UInt8]
    let label: String

    /// The central directory: where it starts, its size and its number of entries.
    struct Directory {
        let offset: Int
        let size: Int
        let count: Int
    }

    /// An entry as the central directory describes it.
    struct Central {
        let name: String
        let nameBytes: [UInt8]
        /// The whole central directory record.
        let range: Range<Int>
        let compressedSize: Int
        let localOffset: Int
    }

    func uint16(_ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32(_ offset: Int) -> UInt32 {
        UInt32(uint16(offset)) | UInt32(uint16(offset + 2)) << 16
    }

    private func damaged(_ entry: String? = nil) -> ZipError {
        ZipError(
            .damaged, "архив повреждён или обрезан; сохраните документ заново из Word или LibreOffice",
            archive: label, entry: entry)
    }

    /// Finds the end of central directory record (the last one, after at most a 64 KB comment).
    func endOfCentralDirectory() throws -> Directory {
        guard bytes.count >= 22 else { throw damaged() }
        var position = bytes.count - 22
        let lowest = max(0, position - 0xFFFF)
        while position >= lowest {
            if uint32(position) == 0x0605_4B50 { break }
            position -= 1
        }
        guard position >= lowest else { throw damaged() }
        let count = Int(uint16(position + 10))
        let size = Int(uint32(position + 12))
        let offset = Int(uint32(position + 16))
        guard count != 0xFFFF, size != 0xFFFF_FFFF, offset != 0xFFFF_FFFF else {
            throw ZipError(
                .tooLarge, "архив в формате ZIP64 (больше 4 ГБ или 65 535 элементов) не поддерживается",
                archive: label)
        }
        guard offset + size <= position else { throw damaged() }
        return Directory(offset: offset, size: size, count: count)
    }

    /// The central directory record at `position`, which must end before `end`.
    func centralRecord(at position: Int, end: Int) throws -> Central {
        guard position + 46 <= end, uint32(position) == 0x0201_4B50 else { throw damaged() }
        let nameLength = Int(uint16(position + 28))
        let recordEnd = position + 46 + nameLength + Int(uint16(position + 30)) + Int(uint16(position + 32))
        guard recordEnd <= end else { throw damaged() }
        let nameBytes = Array(bytes[(position + 46)..<(position + 46 + nameLength)])
        let name = String(decoding: nameBytes, as: UTF8.self)
        let flags = uint16(position + 8)
        if flags & 0x0001 != 0 {
            throw ZipError(
                .encrypted, "элемент зашифрован; снимите пароль с документа и сохраните его снова",
                archive: label, entry: name)
        }
        // Sizes after the data (a data descriptor) are not kept: entries are copied with their local headers.
        guard flags & 0x0008 == 0 else { throw damaged(name) }
        let compressedSize = uint32(position + 20)
        let size = uint32(position + 24)
        let localOffset = uint32(position + 42)
        guard compressedSize != 0xFFFF_FFFF, size != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF else {
            throw ZipError(
                .tooLarge, "элемент в формате ZIP64 (больше 4 ГБ) не поддерживается", archive: label, entry: name)
        }
        return Central(
            name: name, nameBytes: nameBytes, range: position..<recordEnd,
            compressedSize: Int(compressedSize), localOffset: Int(localOffset))
    }

    /// The local header, name, extra field and data of `entry`, which must end before `end`.
    func localRecord(of entry: Central, before end: Int) throws -> Range<Int> {
        let start = entry.localOffset
        guard start + 30 <= end, uint32(start) == 0x0403_4B50 else { throw damaged(entry.name) }
        let dataStart = start + 30 + Int(uint16(start + 26)) + Int(uint16(start + 28))
        guard dataStart + entry.compressedSize <= end else { throw damaged(entry.name) }
        return start..<(dataStart + entry.compressedSize)
    }
}
