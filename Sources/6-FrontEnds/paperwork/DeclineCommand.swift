import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork decline`: the forms of a name (or a title) in every case, so a clerk can check them.
struct DeclineCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "Просклонять ФИО (или должность) по падежам.",
        discussion: """
            Примеры: paperwork decline "Савкина Людмила Викторовна"; \
            paperwork decline --case dative --title "заместитель начальника управления образования"; \
            paperwork decline --tsv < names.tsv (строки «пол<TAB>фамилия<TAB>имя<TAB>отчество» в UTF-8 \
            или Windows-1251; строка заголовков — с «gender» или «пол» в первом столбце; пустой пол — \
            --gender или по отчеству и имени; выводятся эти четыре столбца и 15 форм; строки с ошибками \
            не выводятся, а перечисляются с номерами строк, и команда завершается с кодом 65).
            """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("«Фамилия Имя Отчество» или должность (с --title).", valueName: "текст"))
    var text: String?

    @Option(
        help: ArgumentHelp(
            "Пол: m (мужской) или f (женский); без него определяется по отчеству и имени.", valueName: "пол"))
    var gender: String?

    @Option(
        name: .customLong("case"),
        help: ArgumentHelp(
            "Только один падеж: genitive, dative, accusative, instrumental, prepositional (или по-русски).",
            valueName: "падеж"))
    var grammaticalCase: String?

    @Flag(help: "Склонять должность, а не ФИО.")
    var title = false

    @Flag(help: "Читать строки TSV со стандартного ввода и выводить все формы.")
    var tsv = false

    @OptionGroup var reporting: ReportingOptions

    func validate() throws {
        if tsv == (text != nil) { throw ValidationError("укажите ФИО (или должность) либо --tsv") }
        if let gender, Gender(code: gender) == nil { throw ValidationError("пол: m или f, а не «\(gender)»") }
        if let grammaticalCase, GrammaticalCase(name: grammaticalCase) == nil {
            throw ValidationError("неизвестный падеж «\(grammaticalCase)»")
        }
    }

    func run() throws {
        if tsv { return try declineTSV() }
        guard let text else { return }
        let cases = grammaticalCase.flatMap(GrammaticalCase.init(name:)).map { [$0] } ?? GrammaticalCase.allCases
        let holder = gender.flatMap(Gender.init(code:))
        if title {
            for grammaticalCase in cases {
                print(
                    "\(grammaticalCase.russianName): \(TitleDeclension.decline(text, grammaticalCase, holder: holder ?? .male))"
                )
            }
            return
        }
        guard let name = FullName(parsing: text, gender: holder) else {
            throw ValidationError("ожидалось «Фамилия Имя Отчество» (или «Фамилия Имя»): «\(text)»")
        }
        guard name.genderIsKnown else {
            throw ValidationError(
                "пол «\(text)» не определяется ни по отчеству, ни по имени, ни по фамилии; укажите --gender m или f")
        }
        for grammaticalCase in cases {
            print(
                "\(grammaticalCase.russianName): \(name.full(grammaticalCase)); \(name.surnameInitials(grammaticalCase)); "
                    + name.initialsSurname(grammaticalCase))
        }
    }

    /// Reads TSV rows from standard input and prints the good rows; every bad one is reported at
    /// the end and makes the exit status 65.
    private func declineTSV() throws {
        let input: Data
        do {
            input = try FileHandle.standardInput.readToEnd() ?? Data()
        } catch {
            throw Diagnostic(
                "tsv_unreadable", "не удалось прочитать; передайте файл так: paperwork decline --tsv < имена.tsv",
                at: SourceLocation(file: "стандартный ввод"))
        }
        let (lines, diagnostics) = try Paperwork.declineTSV(
            NamedBytes(name: "стандартный ввод", bytes: input), defaultGender: gender.flatMap(Gender.init(code:)))
        let warnings = diagnostics.filter { $0.severity == .warning }
        if !warnings.isEmpty { Failure.report(warnings, format: reporting.diagnostics, writes: false) }
        lines.forEach { print($0) }
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticReport(errors) }
    }
}
