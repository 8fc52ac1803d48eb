internal import CZip
import Diagnostics
import Foundation

/// Owns one `zip_t`; the only place that opens and discards archives.
/// All raw libzip calls of this module live in this file.
final class ZipHandle {
    let raw: OpaquePointer
    let label: String
    /// The in-memory buffer a new archive is written into; kept past `zip_close`.
    private let output: OpaquePointer?
    private var closed = false

    private init(raw: OpaquePointer, label: String, output: OpaquePointer? = nil) {
        self.raw = raw
        self.label = label
        self.output = output
    }

    deinit {
        if !closed { zip_discard(raw) }
        if let output { zip_source_free(output) }
    }

    /// Starts a new, empty archive in memory.
    static func create(label: String) throws -> ZipHandle {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ZipError(
                .writeFailed, "не удалось создать архив в памяти", archive: label,
                cause: ZipHandle.cause(&error))
        }
        zip_source_keep(source)
        guard let raw = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            zip_source_free(source)
            throw ZipError(
                .writeFailed, "не удалось создать архив в памяти", archive: label,
                cause: ZipHandle.cause(&error))
        }
        return ZipHandle(raw: raw, label: label, output: source)
    }

    /// Opens an archive file for reading, checking its consistency.
    static func open(path: String, label: String) throws -> ZipHandle {
        var code: Int32 = 0
        guard let raw = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code) else {
            throw ZipHandle.openError(code: code, label: label)
        }
        return ZipHandle(raw: raw, label: label)
    }

    /// Opens an archive held in memory; libzip keeps its own copy of the bytes.
    static func open(bytes: [UInt8], label: String) throws -> ZipHandle {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(bytes.count, 1))
        guard let copy else { throw ZipError(.readFailed, "недостаточно памяти", archive: label) }
        bytes.withUnsafeBytes { buffer in
            if let base = buffer.baseAddress { memcpy(copy, base, bytes.count) }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw ZipError(
                .readFailed, "не удалось подготовить архив в памяти", archive: label,
                cause: ZipHandle.cause(&error))
        }
        guard let raw = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw ZipHandle.openError(code: zip_error_code_zip(&error), label: label)
        }
        return ZipHandle(raw: raw, label: label)
    }

    private static func openError(code: Int32, label: String) -> ZipError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let cause = ZipHandle.cause(&error)
        switch code {
        case ZIP_ER_NOZIP:
            return ZipError(
                .notZip,
                "файл не является архивом ZIP (документы DOCX и ODT — это архивы ZIP); "
                    + "проверьте, что выбран нужный файл и что он сохранён в формате DOCX или ODT",
                archive: label, cause: cause)
        case ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_CRC, ZIP_ER_COMPRESSED_DATA, ZIP_ER_MULTIDISK:
            return ZipError(
                .damaged, "архив повреждён или обрезан; сохраните документ заново из Word или LibreOffice",
                archive: label, cause: cause)
        default:
            return ZipError(
                .cannotOpen, "не удалось открыть архив; проверьте, что файл существует и доступен для чтения",
                archive: label, cause: cause)
        }
    }

    /// The last libzip error of this archive, in Russian.
    var lastError: String {
        ZipHandle.cause(zip_get_error(raw))
    }

    /// A libzip error in Russian (libzip's own text is English): a system failure by its `errno`,
    /// the rest by libzip's code.
    static func cause(_ error: UnsafePointer<zip_error_t>) -> String {
        let code = zip_error_code_zip(error)
        if zip_error_system_type(error) == ZIP_ET_SYS, zip_error_code_system(error) != 0 {
            return SystemText.errno(zip_error_code_system(error))
        }
        switch code {
        case ZIP_ER_MEMORY: return "недостаточно памяти"
        case ZIP_ER_NOZIP: return "это не архив ZIP"
        case ZIP_ER_NOENT: return "в архиве нет такого элемента"
        case ZIP_ER_EXISTS: return "элемент с таким именем уже есть"
        case ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_CRC, ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA:
            return "данные архива повреждены или обрезаны"
        case ZIP_ER_MULTIDISK: return "многотомные архивы не поддерживаются"
        case ZIP_ER_COMPNOTSUPP: return "такой способ сжатия не поддерживается"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "архив зашифрован"
        case ZIP_ER_RDONLY: return "архив открыт только для чтения"
        default: return "сбой библиотеки архивов (код \(code))"
        }
    }

    var entryCount: Int { Int(zip_get_num_entries(raw, 0)) }

    /// The central-directory facts of entry `index`.
    func stat(index: Int) throws -> ZipEntry {
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(raw, zip_uint64_t(index), ZIP_FL_ENC_GUESS, &st) == 0, let cName = st.name else {
            throw ZipError(
                .damaged, "не удалось прочитать оглавление архива (элемент \(index + 1))",
                archive: label, cause: lastError)
        }
        if st.encryption_method != UInt16(ZIP_EM_NONE) {
            throw ZipError(
                .encrypted, "элемент зашифрован; снимите пароль с документа и сохраните его снова",
                archive: label, entry: String(cString: cName))
        }
        let compression: ZipEntry.Compression
        switch Int32(st.comp_method) {
        case ZIP_CM_STORE: compression = .stored
        case ZIP_CM_DEFLATE: compression = .deflated
        default: compression = .other(Int32(st.comp_method))
        }
        return ZipEntry(
            index: index, name: String(cString: cName), size: UInt64(st.size),
            compressedSize: UInt64(st.comp_size), compression: compression, crc32: st.crc)
    }

    /// Inflates entry `entry`, refusing to produce more than `limit` bytes.
    func read(_ entry: ZipEntry, limit: UInt64) throws -> [UInt8] {
        guard let file = zip_fopen_index(raw, zip_uint64_t(entry.index), 0) else {
            throw ZipError(
                .readFailed, "не удалось открыть элемент архива", archive: label,
                entry: entry.name, cause: lastError)
        }
        defer { zip_fclose(file) }
        var output: [UInt8] = []
        output.reserveCapacity(Int(min(entry.size, limit)))
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            if count < 0 {
                throw ZipError(
                    .damaged, "данные элемента повреждены; сохраните документ заново",
                    archive: label, entry: entry.name,
                    cause: ZipHandle.cause(zip_file_get_error(file)))
            }
            if count == 0 { break }
            if UInt64(output.count) + UInt64(count) > limit {
                throw ZipError(
                    .tooLarge,
                    "элемент распаковывается в больший объём, чем заявлено в архиве; "
                        + "архив повреждён или подделан", archive: label, entry: entry.name)
            }
            output.append(contentsOf: chunk[0..<Int(count)])
        }
        return output
    }

    /// Adds `bytes` as a new entry named `name` with the given compression.
    func add(name: String, bytes: [UInt8], compressed: Bool) throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(bytes.count, 1))
        guard let copy else { throw ZipError(.writeFailed, "недостаточно памяти", archive: label, entry: name) }
        bytes.withUnsafeBytes { buffer in
            if let base = buffer.baseAddress { memcpy(copy, base, bytes.count) }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw ZipError(
                .writeFailed, "не удалось добавить элемент", archive: label, entry: name,
                cause: ZipHandle.cause(&error))
        }
        try insert(
            source: source, name: name, method: compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE, level: compressed ? 1 : 0)
    }

    /// Adds entry `entry` of `other` as it is stored there, without inflating it.
    func copy(_ entry: ZipEntry, from other: ZipHandle) throws {
        guard let source = zip_source_zip(raw, other.raw, zip_uint64_t(entry.index), 0, 0, -1) else {
            throw ZipError(
                .writeFailed, "не удалось скопировать элемент из шаблона", archive: label,
                entry: entry.name, cause: lastError)
        }
        let method: Int32
        switch entry.compression {
        case .stored: method = ZIP_CM_STORE
        case .deflated: method = ZIP_CM_DEFLATE
        case .other(let value): method = value
        }
        try insert(source: source, name: entry.name, method: method, level: 0)
    }

    /// Level 1 deflates office XML nearly as small as the default level, several times faster.
    private func insert(source: OpaquePointer, name: String, method: Int32, level: UInt32) throws {
        let index = zip_file_add(raw, name, source, ZIP_FL_ENC_UTF_8)
        guard index >= 0 else {
            zip_source_free(source)
            throw ZipError(.writeFailed, "не удалось добавить элемент", archive: label, entry: name, cause: lastError)
        }
        let at = zip_uint64_t(index)
        guard zip_set_file_compression(raw, at, method, level) == 0,
            zip_file_set_mtime(raw, at, ZipHandle.fixedTime, 0) == 0
        else {
            throw ZipError(
                .writeFailed, "не удалось задать параметры элемента", archive: label, entry: name,
                cause: lastError)
        }
        zip_file_extra_field_delete(raw, at, zip_uint16_t(ZIP_EXTRA_FIELD_ALL), ZIP_FL_LOCAL | ZIP_FL_CENTRAL)
    }

    /// 2000-01-01 00:00 UTC: written entries carry one fixed time, so equal input gives equal bytes.
    private static let fixedTime: time_t = 946_684_800

    /// Finishes an archive started with `create(label:)` and returns its bytes.
    func finish() throws -> [UInt8] {
        guard let output, !closed else {
            throw ZipError(.writeFailed, "архив уже записан", archive: label)
        }
        guard zip_close(raw) == 0 else {
            throw ZipError(.writeFailed, "не удалось записать архив", archive: label, cause: lastError)
        }
        closed = true
        guard zip_source_open(output) == 0 else {
            throw ZipError(.writeFailed, "не удалось прочитать записанный архив", archive: label)
        }
        defer { zip_source_close(output) }
        guard zip_source_seek(output, 0, SEEK_END) == 0 else {
            throw ZipError(.writeFailed, "не удалось прочитать записанный архив", archive: label)
        }
        let length = zip_source_tell(output)
        guard length >= 0, zip_source_seek(output, 0, SEEK_SET) == 0 else {
            throw ZipError(.writeFailed, "не удалось прочитать записанный архив", archive: label)
        }
        var bytes = [UInt8](repeating: 0, count: Int(length))
        let read = bytes.withUnsafeMutableBytes { zip_source_read(output, $0.baseAddress, zip_uint64_t(length)) }
        guard read == length else {
            throw ZipError(.writeFailed, "не удалось прочитать записанный архив", archive: label)
        }
        return bytes
    }
}
