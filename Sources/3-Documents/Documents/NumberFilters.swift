import Foundation
import RussianText
import TemplateEngine

/// Template filters of numbers: `words`, `ordinal`, `ordinal_words`, `agree`. Their options may
/// come in any order: a case («prepositional», «предложный», «п»), a gender (m, f, n; pl for
/// ordinals), «animate» for the accusative of people, «words» for `agree` in words.
///
/// `{{ 26 | words("prepositional") }}` → «двадцати шести»; `{{ 2 | ordinal("n") }}` → «2-е»;
/// `{{ 2 | ordinal_words("prepositional", "n") }}` → «втором»;
/// `{{ n | agree("общеобразовательная организация", "prepositional") }}` → «26
/// общеобразовательных организациях».
enum NumberFilters {
    static func register(in registry: inout FilterRegistry, nouns: NounDictionary = .standard) {
        registry.register("agree") { value, arguments in
            guard let number = value.number else {
                throw FilterFailure("agree: нужно число, а получено «\(value.text)»")
            }
            let options = try NumberOptions(arguments, filter: "agree", allowsRest: true)
            guard options.rest.count == 1, let phrase = options.rest.first, !phrase.isEmpty else {
                throw FilterFailure(
                    "agree: укажите одно словосочетание в именительном падеже и падеж, например "
                        + "agree(\"общеобразовательная организация\", \"prepositional\")")
            }
            do {
                return .string(
                    try CountedPhrase.agree(
                        number, phrase, case: options.grammaticalCase, inWords: options.words, dictionary: nouns))
            } catch CountedPhrase.Failure.unknownNoun(let word) {
                throw FilterFailure(
                    "agree: в «\(phrase)» нет существительного из словаря (непонятно слово «\(word)»); "
                        + "известны: \(nouns.entries.keys.sorted().prefix(12).joined(separator: ", "))…; "
                        + "добавьте слово в словарь существительных (nouns) с его формами")
            } catch {
                throw FilterFailure("agree: дробное число «\(value.text)» словами не пишется; уберите \"words\"")
            }
        }
        registry.register("words") { value, arguments in
            let number = try whole(value, filter: "words")
            let options = try NumberOptions(arguments, filter: "words")
            return .string(
                NumberWords.spell(
                    number, agreement: try options.cardinalAgreement(filter: "words"), case: options.grammaticalCase,
                    animate: options.animate))
        }
        registry.register("ordinal") { value, arguments in
            let number = try whole(value, filter: "ordinal", positive: true)
            let options = try NumberOptions(arguments, filter: "ordinal")
            return .string(
                OrdinalWords.abbreviated(number, agreement: options.agreement, case: options.grammaticalCase))
        }
        registry.register("ordinal_words") { value, arguments in
            let number = try whole(value, filter: "ordinal_words", positive: true)
            let options = try NumberOptions(arguments, filter: "ordinal_words")
            return .string(OrdinalWords.spell(number, agreement: options.agreement, case: options.grammaticalCase))
        }
    }

    /// The whole number `value` holds, or a failure that says what was found instead.
    static func whole(_ value: TemplateValue, filter: String, positive: Bool = false) throws -> Int {
        guard let number = value.number, number == number.rounded(), abs(number) < 1e12, !positive || number >= 1
        else {
            throw FilterFailure(
                "\(filter): нужно целое число\(positive ? " не меньше 1" : ""), а получено «\(value.text)»")
        }
        return Int(number)
    }
}

/// The options of a number filter, read from its arguments in any order.
struct NumberOptions {
    var grammaticalCase: GrammaticalCase = .nominative
    var agreement: OrdinalWords.Agreement = .masculine
    var animate = false
    var words = false
    /// Texts that are none of the options, left for the filter (the noun phrase of `agree`).
    var rest: [String] = []

    init(_ arguments: [TemplateValue], filter: String, allowsRest: Bool = false) throws {
        for argument in arguments {
            let text = argument.text.trimmingCharacters(in: .whitespaces)
            if let grammaticalCase = GrammaticalCase(name: text) {
                self.grammaticalCase = grammaticalCase
            } else if let agreement = OrdinalWords.Agreement(rawValue: text.lowercased()) {
                self.agreement = agreement
            } else if ["animate", "одуш"].contains(text.lowercased()) {
                animate = true
            } else if ["words", "словами"].contains(text.lowercased()) {
                words = true
            } else if allowsRest {
                rest.append(text)
            } else {
                throw FilterFailure(
                    "\(filter): непонятный параметр «\(text)»; допускаются падеж ("
                        + GrammaticalCase.allCases.map(\.rawValue).joined(separator: ", ")
                        + "), род (m, f, n) и \"animate\" для винительного падежа одушевлённых")
            }
        }
    }

    /// The gender for a cardinal number: masculine, feminine or neuter.
    func cardinalAgreement(filter: String) throws -> NumberWords.Agreement {
        guard let agreement = NumberWords.Agreement(rawValue: agreement.rawValue) else {
            throw FilterFailure(
                "\(filter): количественное число не бывает во множественном числе (pl); укажите m, f или n")
        }
        return agreement
    }
}
