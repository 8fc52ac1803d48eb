/// Declension of Russian surnames, first names and patronymics by rule: endings, fleeting
/// vowels, adjectival surnames, indeclinable ones. Hyphenated surnames decline part by part.
public enum NameDeclension {
    /// `surname` in `grammaticalCase` for a person of `gender`.
    public static func surname(_ surname: String, gender: Gender, _ grammaticalCase: GrammaticalCase) -> String {
        guard grammaticalCase != .nominative else { return surname }
        let surname = surname.composed
        let parts = surname.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        return parts.enumerated().map { index, part in
            // Бонч-Бруевичу: a first part that is not a surname by itself stays.
            if index < parts.count - 1, NameExceptions.fixedFirstParts.contains(part.lowercased()) { return part }
            return surnamePart(part, gender: gender, grammaticalCase)
        }.joined(separator: "-")
    }

    /// French and other foreign surnames with a stressed final -а/-я do not decline.
    static let stressedForeignA: Set<String> = [
        "дюма", "золя", "гамсахурдиа", "дега", "тома", "петипа", "шаляпина-дюма",
    ]

    private static func surnamePart(_ word: String, gender: Gender, _ grammaticalCase: GrammaticalCase) -> String {
        let lower = word.lowercased()
        guard let last = lower.last, lower.count > 1 else { return word }
        if indeclinableSurname(lower) { return word }
        if NameExceptions.nounAya.contains(lower) {
            return Endings.apply(word, Endings.firstDeclension(word), grammaticalCase)
        }
        if gender == .female {
            if hasSuffix(lower, ["ова", "ева", "ёва", "ина", "ына", "ына"]) {
                return Endings.apply(word, [(1, "ой"), (1, "ой"), (1, "у"), (1, "ой"), (1, "ой")], grammaticalCase)
            }
            if lower.endsWith("ая") {
                let soft = Endings.letter(word, fromEnd: 2).map { Endings.sibilants.contains($0) } ?? false
                let e = soft ? "ей" : "ой"
                return Endings.apply(word, [(2, e), (2, e), (2, "ую"), (2, e), (2, e)], grammaticalCase)
            }
            if lower.endsWith("яя") {
                return Endings.apply(word, [(2, "ей"), (2, "ей"), (2, "юю"), (2, "ей"), (2, "ей")], grammaticalCase)
            }
            if last == "а" || last == "я" {
                if stressedForeignA.contains(lower) { return word }
                return Endings.apply(word, Endings.firstDeclension(word), grammaticalCase)
            }
            return word
        }
        if hasSuffix(lower, ["ов", "ев", "ёв", "ин", "ын"]), !NameExceptions.foreignIn.contains(lower) {
            return Endings.apply(word, [(0, "а"), (0, "у"), (0, "а"), (0, "ым"), (0, "е")], grammaticalCase)
        }
        if let noun = nounInOyIy(word, grammaticalCase) { return noun }
        if lower.endsWith("ой") || lower.endsWith("ый") || lower.endsWith("ий") {
            let before = Endings.letter(word, fromEnd: 2)
            let velar = before.map { Endings.velars.contains($0) } ?? false
            let sibilant = before.map { Endings.sibilants.contains($0) } ?? false
            let hard = lower.endsWith("ой") || lower.endsWith("ый") || velar
            let oblique = hard && !(sibilant && lower.endsWith("ий")) ? "о" : "е"
            let instrumental =
                lower.endsWith("ый") && !velar && !sibilant ? "ым" : (velar || sibilant || !hard ? "им" : "ым")
            return Endings.apply(
                word,
                [
                    (2, oblique + "го"), (2, oblique + "му"), (2, oblique + "го"), (2, instrumental),
                    (2, oblique == "о" ? "ом" : "ем"),
                ], grammaticalCase)
        }
        if last == "а" || last == "я" {
            if stressedForeignA.contains(lower) { return word }
            return Endings.apply(word, Endings.firstDeclension(word), grammaticalCase)
        }
        if last == "ь" || last == "й" { return Endings.apply(word, Endings.softMasculine, grammaticalCase) }
        if Endings.vowels.contains(last) { return word }
        if lower.endsWith("ец"), let before = Endings.letter(word, fromEnd: 2), Endings.vowels.contains(before) {
            // Коломиец → Коломийца: the fleeting е becomes й after a vowel.
            let stem = Endings.replace(word, drop: 2, add: "йц")
            return Endings.apply(stem, Endings.hardMasculine(stem), grammaticalCase)
        }
        return Endings.apply(word, Endings.hardMasculine(word), grammaticalCase)
    }

    /// -ко/-енко, -ых and Russian -их (Долгих, but not Рерих), -аго/-яго/-ово, other
    /// vowel-final surnames except -а/-я, and foreign ones in a vowel + а (Гарсиа, Делакруа).
    static func indeclinableSurname(_ lower: String) -> Bool {
        if hasSuffix(lower, ["ко", "ых", "аго", "яго", "ово", "ого"]) { return true }
        if hasSuffix(lower, ["их"]) {
            return Endings.letter(lower, fromEnd: 2).map(NameExceptions.adjectivalStemEnds.contains) ?? true
        }
        if vowelBeforeA(lower) { return true }
        guard let last = lower.last else { return false }
        return ["о", "е", "ё", "и", "ы", "у", "ю", "э"].contains(last)
    }

    /// A foreign name in a vowel + а, which does not decline: Гарсиа, Моравиа, Андреа.
    static func vowelBeforeA(_ lower: String) -> Bool {
        lower.last == "а" && lower.count > 2
            && (Endings.letter(lower, fromEnd: 1).map(Endings.vowels.contains) ?? false)
    }

    /// A surname in -ой or -ий that is a noun, not an adjective: Цой → Цоя, Гудзий → Гудзия.
    /// A stem without a vowel makes a noun (Цой, Пий); so does -ий after a letter that no
    /// adjective has before it (Гудзий, but Горький, Синий, Рыжий are adjectives).
    static func nounInOyIy(_ word: String, _ grammaticalCase: GrammaticalCase) -> String? {
        let lower = word.lowercased()
        guard lower.endsWith("ой") || lower.endsWith("ий"), lower.count > 2 else { return nil }
        let monosyllable = !lower.dropLast(2).contains(where: Endings.vowels.contains)
        if lower.endsWith("ой") {
            return monosyllable ? Endings.apply(word, Endings.softMasculine, grammaticalCase) : nil
        }
        let before = Endings.letter(lower, fromEnd: 2)
        guard monosyllable || !(before.map(NameExceptions.adjectivalStemEnds.contains) ?? true) else { return nil }
        return Endings.apply(word, monosyllable ? Endings.softMasculine : Endings.masculineIy, grammaticalCase)
    }

    private static func hasSuffix(_ word: String, _ endings: [String]) -> Bool {
        endings.contains { word.endsWith($0) && word.count > $0.count }
    }

    // MARK: First names

    /// Masculine first names ending in -а/-я.
    static let masculineInA: Set<String> = [
        "илья", "никита", "фома", "кузьма", "лука", "савва", "данила", "гаврила",
        "фока", "иона", "миша", "паша", "гоша", "дима", "вова", "коля",
        "ваня", "петя", "федя", "серёжа", "сережа", "лёша", "леша", "юра",
    ]
    /// Short first names that men and women share (Саша: Александр or Александра): they tell no gender.
    static let eitherGenderInA: Set<String> = ["саша", "женя", "валя", "шура", "сима", "тоша"]
    /// Feminine first names ending in a soft sign.
    static let feminineInSoftSign: Set<String> = [
        "любовь", "нинель", "адель", "эсфирь", "рахиль", "юдифь", "руфь",
        "жизель", "айгуль", "гуль", "асель",
    ]
    /// First names whose stem loses or changes a vowel: Лев → Льва, Павел → Павла, Пётр → Петра.
    static let fleetingStems: [String: String] = ["лев": "льв", "павел": "павл", "пётр": "петр", "петр": "петр"]
    /// Masculine names in -ья with the stress on the ending (Илья → Ильёй).
    static let stressedIa: Set<String> = ["илья"]

    /// `first` in `grammaticalCase` for a person of `gender`.
    public static func firstName(_ first: String, gender: Gender, _ grammaticalCase: GrammaticalCase) -> String {
        guard grammaticalCase != .nominative else { return first }
        let first = first.composed
        return first.split(separator: "-", omittingEmptySubsequences: false)
            .map { firstNamePart(String($0), gender: gender, grammaticalCase) }.joined(separator: "-")
    }

    private static func firstNamePart(_ word: String, gender: Gender, _ grammaticalCase: GrammaticalCase) -> String {
        let lower = word.lowercased()
        guard let last = lower.last, lower.count > 1 else { return word }
        if vowelBeforeA(lower) { return word }
        if last == "а" || last == "я" {
            return Endings.apply(
                word, Endings.firstDeclension(word, stressedEnding: stressedIa.contains(lower)), grammaticalCase)
        }
        if gender == .female {
            if last == "ь" { return Endings.apply(word, Endings.feminineSoft, grammaticalCase) }
            return word
        }
        if lower.endsWith("ий") {
            // Пий → о Пие: a stem without a vowel takes -е, like Кий; Юрий → о Юрии.
            let monosyllable = !lower.dropLast(2).contains(where: Endings.vowels.contains)
            return Endings.apply(word, monosyllable ? Endings.softMasculine : Endings.masculineIy, grammaticalCase)
        }
        if lower.endsWith("ёк"), let before = Endings.letter(lower, fromEnd: 2), !Endings.vowels.contains(before) {
            // Игорёк → Игорька: the fleeting ё leaves a soft sign.
            let stem = Endings.replace(word, drop: 2, add: "ьк")
            return Endings.apply(stem, Endings.hardMasculine(stem, stressedEnding: true), grammaticalCase)
        }
        if last == "ь" || last == "й" { return Endings.apply(word, Endings.softMasculine, grammaticalCase) }
        if Endings.vowels.contains(last) { return word }
        if let stem = fleetingStems[lower] {
            let base = Endings.replace(word, drop: word.count, add: "")
            let rebuilt =
                word.first.map { String($0).uppercased() == String($0) ? stem.capitalizedFirstLetter : stem }
                ?? stem
            return Endings.apply(base + rebuilt, Endings.hardMasculine(rebuilt), grammaticalCase)
        }
        return Endings.apply(word, Endings.hardMasculine(word), grammaticalCase)
    }

    // MARK: Patronymics

    /// `patronymic` in `grammaticalCase`; Turkic «оглы»/«кызы» forms do not change.
    public static func patronymic(_ patronymic: String, gender: Gender, _ grammaticalCase: GrammaticalCase) -> String {
        guard grammaticalCase != .nominative else { return patronymic }
        let patronymic = patronymic.composed
        let lower = patronymic.lowercased()
        if lower.endsWith("ич") {
            // Ильич, Фомич, Кузьмич, Лукич carry the stress on the ending: Ильичом, but Никитичем.
            let stressed = ["ьич", "мич", "кич"].contains { lower.endsWith($0) } && !lower.endsWith("вич")
            return Endings.apply(
                patronymic, [(0, "а"), (0, "у"), (0, "а"), (0, stressed ? "ом" : "ем"), (0, "е")], grammaticalCase)
        }
        if lower.endsWith("на") {
            return Endings.apply(patronymic, [(1, "ы"), (1, "е"), (1, "у"), (1, "ой"), (1, "е")], grammaticalCase)
        }
        return patronymic
    }

    // MARK: Gender

    /// The gender the parts of a name show: the patronymic first, then the first name, then the surname.
    public static func gender(surname: String?, first: String?, patronymic: String?) -> Gender? {
        if let patronymic = patronymic?.composed.lowercased() {
            if patronymic.endsWith("ич") || patronymic.endsWith("оглы") || patronymic.endsWith("улы") {
                return .male
            }
            if patronymic.endsWith("на") || patronymic.endsWith("кызы") || patronymic.endsWith("гызы") {
                return .female
            }
        }
        if let first = first?.composed.lowercased(), let last = first.last {
            if masculineInA.contains(first) { return .male }
            if eitherGenderInA.contains(first) { return surnameGender(surname) }
            if feminineInSoftSign.contains(first) { return .female }
            // Андреа and other names in a vowel + а may be either gender: the surname decides.
            if (last == "а" || last == "я") && !vowelBeforeA(first) { return .female }
            if !Endings.vowels.contains(last) { return .male }
        }
        return surnameGender(surname)
    }

    /// The gender a surname's ending tells (-ова, -ина, -ая; -ов, -ин, -ий), if any.
    private static func surnameGender(_ surname: String?) -> Gender? {
        guard let surname = surname?.composed.lowercased() else { return nil }
        if hasSuffix(surname, ["ова", "ева", "ёва", "ина", "ына", "ая", "яя"]) { return .female }
        if hasSuffix(surname, ["ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой"]) { return .male }
        return nil
    }
}
