import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Output

/// The staged folder: old contents kept until the swap, nothing changed by a discard, leftovers of
/// stopped runs cleaned, other people's folders refused, one run at a time.
@Suite struct FolderSinkTests {
    /// A parent folder holding only `итоги`, written by Paperwork with `files`.
    static func written(_ files: [String: String]) throws -> URL {
        let target = try Paths.temporaryFolder().appendingPathComponent("итоги")
        let sink = try FolderSink(target.path)
        for (name, text) in files { try sink.add(name, bytes: Array(text.utf8)) }
        try sink.commit()
        return target
    }

    static func contents(_ folder: URL) throws -> [String: String] {
        var found: [String: String] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                name != ".paperwork"
            {
                found[name] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            }
        }
        return found
    }

    static func beside(_ target: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
            .filter { $0 != target.lastPathComponent }.sorted()
    }

    @Test(arguments: [true, false])
    func oldContentStaysUntilTheSwap(exchange: Bool) throws {
        FolderSwap.exchangeEnabled = exchange
        defer { FolderSwap.exchangeEnabled = true }
        let old = ["Справка.docx": "старая", "письма/001 Школа.docx": "старое письмо", "письма/002 Лицей.docx": "ещё"]
        let target = try Self.written(old)
        #expect(try Self.contents(target) == old)
        try FileManager.default.setAttributes([.posixPermissions: 0o770], ofItemAtPath: target.path)
        let sink = try FolderSink(target.path)
        try sink.add("Справка.docx", bytes: Array("новая".utf8))
        try sink.add("письма/001 Школа.docx", bytes: Array("новое письмо".utf8))
        try sink.add("Рейтинг.csv", bytes: Array("Место;Код".utf8))
        #expect(try Self.contents(target) == old)
        #expect(try Self.beside(target).count == 2, "временная папка и блокировка рядом")
        try sink.commit()
        #expect(
            try Self.contents(target) == [
                "Справка.docx": "новая", "письма/001 Школа.docx": "новое письмо",
                "Рейтинг.csv": "Место;Код",
            ])
        #expect(sink.names == ["Рейтинг.csv", "Справка.docx", "письма/001 Школа.docx"])
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o770)
        #expect(sink.path(of: "Рейтинг.csv") == target.path + "/Рейтинг.csv")
        let marker = try String(contentsOf: target.appendingPathComponent(".paperwork"), encoding: .utf8)
        #expect(marker.hasPrefix("# Эту папку записывает Paperwork"))
        #expect(marker.hasSuffix("\nРейтинг.csv\nСправка.docx\nписьма/001 Школа.docx\n"))
        #expect(try Self.beside(target) == [])
    }

    #if os(Linux)
        @Test func linuxSwapsAtomically() {
            #expect(FolderSwap.exchangeAvailable, "renameat2 не найден: папка заменяется в два переименования")
        }
    #endif

    @Test func discardLeavesTheFolderAsItWas() throws {
        let old = ["Справка.docx": "старая"]
        let target = try Self.written(old)
        let sink = try FolderSink(target.path)
        try sink.add("Справка.docx", bytes: Array("новая".utf8))
        sink.discard()
        #expect(try Self.contents(target) == old)
        #expect(try Self.beside(target) == [])
        // A sink dropped without a commit discards too; a new folder is not created.
        let fresh = try Paths.temporaryFolder().appendingPathComponent("новая")
        do {
            let dropped = try FolderSink(fresh.path)
            try dropped.add("a.docx", bytes: [1])
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        #expect(try Self.beside(fresh) == [])
    }

    @Test func leftoversOfStoppedRunsAreCleanedByTheNextRun() throws {
        let target = try Self.written(["Справка.docx": "старая"])
        let parent = target.deletingLastPathComponent()
        // A run stopped while writing: its staging folder and its lock file (nobody holds the lock).
        let staging = parent.appendingPathComponent(".итоги.paperwork-staging-abcdefghijkl")
        try FileManager.default.createDirectory(
            at: staging.appendingPathComponent("письма"), withIntermediateDirectories: true)
        try Data("часть".utf8).write(to: staging.appendingPathComponent("письма/001.docx"))
        try Data().write(to: parent.appendingPathComponent(".итоги.paperwork-lock"))
        // Another folder's leftovers are not ours to clean.
        let other = parent.appendingPathComponent(".итоги-2.paperwork-staging-abcdefghijkl")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let sink = try FolderSink(target.path)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        try sink.add("Справка.docx", bytes: Array("новая".utf8))
        try sink.commit()
        #expect(try Self.contents(target) == ["Справка.docx": "новая"])
        #expect(try Self.beside(target) == [other.lastPathComponent])
    }

    /// The fallback swap renames the old folder aside first; a run stopped between its two renames
    /// leaves no folder in place, and the next run puts the old one back.
    @Test func oldFolderLeftAsideIsPutBack() throws {
        let target = try Self.written(["Справка.docx": "старая"])
        let aside = target.deletingLastPathComponent().appendingPathComponent(".итоги.paperwork-old-abcdefghijkl")
        try FileManager.default.moveItem(at: target, to: aside)
        let sink = try FolderSink(target.path)
        #expect(try Self.contents(target) == ["Справка.docx": "старая"])
        sink.discard()
        #expect(try Self.contents(target) == ["Справка.docx": "старая"])
        #expect(try Self.beside(target) == [])
    }

    @Test func foldersOfOtherFilesAreRefused() throws {
        let folder = try Paths.temporaryFolder()
        try Data("мой".utf8).write(to: folder.appendingPathComponent("диплом.docx"))
        let foreign = #expect(throws: Diagnostic.self) { try FolderSink(folder.path) }
        #expect(foreign?.code == "output_not_ours")
        #expect(foreign?.message.contains("папка «\(folder.path)» не пуста, и в ней нет файла .paperwork") == true)
        // Adding to a folder keeps everything in it, so anyone's folder may be added to.
        let merging = try FolderSink(folder.path, mode: .merge)
        try merging.add("приказ.docx", bytes: Array("новый".utf8))
        try merging.commit()
        #expect(try Self.contents(folder)["диплом.docx"] == "мой")
        #expect(try Self.contents(folder)["приказ.docx"] == "новый")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("приказ.docx"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".paperwork"))
        // Paperwork's folder with a file someone put there.
        let target = try Self.written(["Справка.docx": "старая", "письма/001.docx": "письмо"])
        try Data("мой".utf8).write(to: target.appendingPathComponent("письма/заметки.txt"))
        let added = #expect(throws: Diagnostic.self) { try FolderSink(target.path) }
        #expect(added?.code == "output_not_ours")
        #expect(added?.message.contains("записал не Paperwork: «письма/заметки.txt»") == true)
        #expect(try Self.beside(target) == [], "отказ снимает блокировку и не оставляет временной папки")
        // A file, the current folder and a folder above it.
        let file = folder.appendingPathComponent("диплом.docx")
        #expect(
            (#expect(throws: Diagnostic.self) { try FolderSink(file.path) })?.message.contains("файл, а не папка")
                == true)
        let current = FileManager.default.currentDirectoryPath
        for path in [current, (current as NSString).deletingLastPathComponent, "."] {
            let refused = #expect(throws: Diagnostic.self) { try FolderSink(path) }
            #expect(refused?.code == "output_not_ours")
            #expect(refused?.message.contains("текущая папка или папка над ней") == true, "\(path)")
        }
        // An empty folder is fine.
        let empty = try Paths.temporaryFolder()
        try FolderSink(empty.path).commit()
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent(".paperwork").path))
    }

    @Test func aSecondRunIntoTheFolderFailsAtOnce() throws {
        let target = try Self.written(["Справка.docx": "старая"])
        let first = try FolderSink(target.path)
        let busy = #expect(throws: Diagnostic.self) { try FolderSink(target.path) }
        #expect(busy?.code == "output_busy")
        #expect(
            busy?.message == "в папку «\(target.path)» сейчас пишет другой запуск Paperwork; дождитесь его окончания "
                + "и повторите или укажите другую папку")
        try first.add("Справка.docx", bytes: Array("новая".utf8))
        try first.commit()
        let second = try FolderSink(target.path)
        second.discard()
        #expect(try Self.beside(target) == [])
    }

    @Test func mergeKeepsOtherFilesAndPublishesTheNewOnesTogether() throws {
        let target = try Self.written(["приказ 1.docx": "первый", "приказ 2.docx": "второй"])
        let sink = try FolderSink(target.path, mode: .merge)
        try sink.add("приказ 2.docx", bytes: Array("второй, исправленный".utf8))
        try sink.add("приказ 3.docx", bytes: Array("третий".utf8))
        try sink.add("приказ 3.odt", bytes: Array("третий".utf8))
        #expect(try Self.contents(target) == ["приказ 1.docx": "первый", "приказ 2.docx": "второй"])
        let inode = try FileManager.default.attributesOfItem(
            atPath: target.appendingPathComponent("приказ 1.docx").path)[.systemFileNumber]
        try sink.commit()
        #expect(
            try Self.contents(target) == [
                "приказ 1.docx": "первый", "приказ 2.docx": "второй, исправленный",
                "приказ 3.docx": "третий", "приказ 3.odt": "третий",
            ])
        // The old file is the same file (a hard link), not a copy.
        let after = try FileManager.default.attributesOfItem(
            atPath: target.appendingPathComponent("приказ 1.docx").path)[.systemFileNumber]
        #expect(inode as? Int == after as? Int)
        let marker = try String(contentsOf: target.appendingPathComponent(".paperwork"), encoding: .utf8)
        #expect(marker.hasSuffix("\nприказ 1.docx\nприказ 2.docx\nприказ 3.docx\nприказ 3.odt\n"))
        #expect(try Self.beside(target) == [])
    }

    @Test func badNamesAndWriteFailuresAreReported() throws {
        let target = try Paths.temporaryFolder().appendingPathComponent("итоги")
        let sink = try FolderSink(target.path)
        for name in ["../вне.docx", "/abs.docx", ".paperwork", "письма//a.docx", "", "a\nb.docx"] {
            #expect(throws: Diagnostic.self, "\(name)") { try sink.add(name, bytes: [1]) }
        }
        try sink.add("a", bytes: [1])
        let twice = #expect(throws: Diagnostic.self) { try sink.add("a", bytes: [2]) }
        #expect(twice?.message.contains("два документа получили одно имя «a»") == true)
        // «a» is a file, so «a/b.docx» cannot be written: a system failure, in Russian.
        let failed = #expect(throws: Diagnostic.self) { try sink.add("a/b.docx", bytes: [1]) }
        #expect(failed?.code == "output_write_failed")
        #expect(failed?.message.contains("не удалось записать «a/b.docx» во временную папку") == true)
        #expect(
            failed?.message.hasSuffix(
                "часть пути — файл, а не папка; проверьте путь; ничего не опубликовано: "
                    + "папка «\(target.path)» не создана") == true)
        sink.discard()
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
