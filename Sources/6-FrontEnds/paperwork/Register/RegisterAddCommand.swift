import ArgumentParser
import Foundation
import PaperworkKit
import Register
import Store

/// `paperwork register add ПРИКАЗ.yaml --data DIR`: registers an order and prints its number last.
struct RegisterAddCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Зарегистрировать приказ: присвоить следующий номер серии и сегодняшнюю дату.",
        discussion: """
            Приказ проверяется целиком до регистрации: с ошибками он не регистрируется и номер не расходуется. \
            Номер и дата из файла заменяются номером и датой журнала. Файлы приказа (DOCX, ODT, PDF) \
            сохраняются в журнале такими, какими выданы, с контрольной суммой SHA-256; с -o они пишутся \
            ещё и в папку. Последняя строка вывода — присвоенный номер.
            """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Описание приказа (.yaml).", valueName: "приказ"))
    var order: String

    @Option(
        help: ArgumentHelp(
            "Серия номеров (id из раздела register файла отдела); по умолчанию первая.", valueName: "серия"))
    var series: String?

    @Option(help: ArgumentHelp("Форматы файлов, сохраняемых в журнале: docx, odt, pdf.", valueName: "форматы"))
    var format = OutputFormats([.docx, .odt, .pdf])

    @Option(name: .shortAndLong, help: ArgumentHelp("Папка, куда записать и файлы приказа.", valueName: "папка"))
    var output: String?

    @Option(
        help: ArgumentHelp("Кто регистрирует (для журнала); по умолчанию имя пользователя системы.", valueName: "имя"))
    var user = ProcessInfo.processInfo.environment["USER"] ?? "командная строка"

    @OptionGroup var store: StoreOptions

    @OptionGroup var reporting: ReportingOptions

    func run() async throws {
        let input = try NamedBytes.read(path: order)
        let request = Registrar.Request(
            order: input, files: FolderSource(besides: order), series: series, date: RussianDate.of(), user: user,
            formats: format.formats)
        let (entry, files) = try await store.withRegistrar { registrar in
            let entry = try await registrar.register(request)
            var files: [RegisteredFile] = []
            for listed in try await registrar.store.registeredFiles(of: entry.id) {
                if let file = try await registrar.store.registeredFile(of: entry.id, format: listed.format) {
                    files.append(file)
                }
            }
            return (entry, files)
        }
        if let output {
            let folder = try FolderSink(output, mode: .merge)
            do {
                for file in files { try folder.add(file.name, bytes: file.bytes) }
                try folder.commit()
            } catch {
                folder.discard()
                throw error
            }
        }
        let date = RussianDate(parsing: entry.date)?.formatted(.numeric) ?? entry.date
        print("Зарегистрирован приказ № \(entry.number) от \(date) «\(entry.title)»")
        for file in files { print("Файл \(file.name), SHA-256 \(file.sha256)") }
        print(entry.number)
    }
}
