import Foundation

extension Diagnostic {
    /// A diagnostic for an error that no layer converted: a Foundation or system failure
    /// (in Russian, with the file it concerns), never a Swift type name or English text.
    public static func from(_ error: any Error, file: String? = nil) -> [Diagnostic] {
        if let known = error as? any DiagnosticConvertible { return known.diagnostics }
        let location = SourceLocation(file: file)
        if let cocoa = error as? CocoaError {
            let path = cocoa.filePath ?? cocoa.url?.path
            let text = path.map { "не удалось прочитать или записать «\($0)»: " } ?? ""
            return [Diagnostic("output_write_failed", text + SystemText.cocoa(cocoa), at: location)]
        }
        if let posix = error as? POSIXError {
            return [Diagnostic("output_write_failed", SystemText.errno(posix.code.rawValue), at: location)]
        }
        return [
            Diagnostic(
                "internal_error", "непредвиденный сбой программы; сообщите разработчикам, что вы делали",
                at: location)
        ]
    }
}

/// Russian texts of system failures, so that no English system text reaches a user.
public enum SystemText {
    /// What `errno` means, in Russian, with what to do about it.
    public static func errno(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "папка или файл не существует; проверьте путь"
        case EACCES, EPERM: return "нет прав на запись или чтение; выберите другую папку или попросите права"
        case ENOSPC: return "на диске не осталось места; освободите место и повторите"
        case EROFS: return "диск доступен только для чтения; выберите другую папку"
        case ENOTDIR: return "часть пути — файл, а не папка; проверьте путь"
        case EISDIR: return "по этому пути папка, а нужен файл; укажите имя файла"
        case EEXIST: return "такой файл уже есть"
        case ENAMETOOLONG: return "слишком длинное имя файла или путь; выберите путь короче"
        case EDQUOT: return "превышена дисковая квота; освободите место"
        case EFBIG:
            return
                "файл больше, чем разрешено на этом диске или для этого пользователя; освободите место или попросите снять ограничение"
        case EIO: return "ошибка ввода-вывода на диске; проверьте диск и повторите"
        case EMFILE, ENFILE: return "открыто слишком много файлов; закройте лишние программы и повторите"
        default: return "системная ошибка \(code); проверьте путь и права на запись"
        }
    }

    /// A Foundation file error, in Russian.
    public static func cocoa(_ error: CocoaError) -> String {
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return errno(Int32(posix.code)) }
        }
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return errno(ENOENT)
        case .fileWriteNoPermission, .fileReadNoPermission: return errno(EACCES)
        case .fileWriteOutOfSpace: return errno(ENOSPC)
        case .fileWriteVolumeReadOnly: return errno(EROFS)
        case .fileWriteFileExists: return errno(EEXIST)
        default: return "не удалось прочитать или записать файл; проверьте путь и права"
        }
    }
}
