import ArgumentParser
import PaperworkKit
import Foundation

/// `paperwork decline`: the forms of a name (or a title) in every case, so a clerk can check them.
struct DeclineCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "Просклонять ФИО (или должность) по падежам.",
        discussion: """
        Примеры: paperwork decline "Савкина Людмила Викторовна"; \
        paperwork decline --case dative --title "заместитель начальника управления образования"; \
        paperwork decline --tsv < names.tsv (строки «пол<TAB>фамилия<TAB>имя<TAB>отчество», \
        строка заголовков допускается; выводятся эти четыре столбца и 15 форм).
        """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("«Фамилия Имя Отчество» или должность (с --title).", valueName: "текст"))
    var text: String?

    @Option(help: ArgumentHelp("Пол: m (мужской) или f (женский); без него определяется по отчеству и имени.", valueName: "пол"))
    var gender: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("Только один падеж: genitive, dative, accusative, instrumental, prepositional (или по-русски).", valueName: "падеж"))
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
        if tsv { return declineTSV() }
        guard let text else { return }
        let cases = grammaticalCase.flatMap(GrammaticalCase.init(name:)).map { [$0] } ?? GrammaticalCase.allCases
        let holder = gender.flatMap(Gender.init(code:))
        if title {
            for grammaticalCase in cases {
                print("\(grammaticalCase.russianName): \(TitleDeclension.decline(text, grammaticalCase, holder: holder ?? .male))")
            }
            return
        }
        guard let name = FullName(parsing: text, gender: holder) else {
            throw ValidationError("ожидалось «Фамилия Имя Отчество» (или «Фамилия Имя»): «\(text)»")
        }
        for grammaticalCase in cases {
            print("\(grammaticalCase.russianName): \(name.full(grammaticalCase)); \(name.surnameInitials(grammaticalCase)); "
                  + name.initialsSurname(grammaticalCase))
        }
    }

    private func declineTSV() {
        var first = true
        while let line = readLine(strippingNewline: true) {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            defer { first = false }
            guard cells.count >= 4, let gender = Gender(code: cells[0]) else {
                if first {
                    let parts = ["surname", "first", "patronymic"]
                    let cases = ["gen", "dat", "acc", "ins", "pre"]
                    print((["gender", "surname", "first", "patronymic"] + parts.flatMap { part in cases.map { "\(part)_\($0)" } })
                        .joined(separator: "\t"))
                }
                continue
            }
            let name = FullName(surname: cells[1], first: cells[2], patronymic: cells[3], gender: gender)
            print((Array(cells[0..<4]) + name.referenceForms).joined(separator: "\t"))
        }
    }
}
