/// A number with the noun phrase it counts, agreeing in a case: «26 общеобразовательных
/// организациях», «двум ОО», «из семнадцати баллов», «двух педагогов».
public enum CountedPhrase {
    /// Why a phrase could not be agreed.
    public enum Failure: Error, Equatable, Sendable {
        /// No word of the phrase is a noun of the dictionary; the word taken for the noun.
        case unknownNoun(String)
        /// A fraction cannot be written in words.
        case fractionInWords
    }

    /// `number` and `phrase` (in the nominative singular: «общеобразовательная организация»)
    /// agreeing in `grammaticalCase`. The adjectives before the noun agree with it; the words
    /// after it («организация дополнительного образования») stay.
    /// - Parameters:
    ///   - inWords: writes the number in words («двадцати шести»), not in digits.
    /// - Throws: ``Failure`` when the noun is not in `dictionary`, or a fraction is asked in words.
    public static func agree(
        _ number: Double, _ phrase: String, case grammaticalCase: GrammaticalCase, inWords: Bool = false,
        dictionary: NounDictionary = .standard
    ) throws -> String {
        let words = phrase.split(separator: " ").map(String.init)
        guard let head = words.firstIndex(where: { dictionary.entry($0) != nil }),
            let noun = dictionary.entry(words[head])
        else {
            throw Failure.unknownNoun(words.first { AdjectiveForms($0) == nil } ?? words.last ?? phrase)
        }
        let whole = number == number.rounded() && abs(number) < 1e12 ? Int(number) : nil
        if inWords && whole == nil { throw Failure.fractionInWords }
        let (plural, nounCase, adjectiveCase, adjectivePlural) = shape(whole, noun, grammaticalCase)
        var out: [String] = []
        for (index, word) in words.enumerated() {
            if index < head, let adjective = AdjectiveForms(word) {
                out.append(
                    adjective.form(noun.gender, plural: adjectivePlural, adjectiveCase, animate: noun.animate))
            } else if index == head {
                out.append(capitalized(noun.form(plural: plural, nounCase), like: word))
            } else {
                out.append(word)
            }
        }
        let count: String
        if let whole, inWords {
            count = NumberWords.spell(whole, agreement: noun.gender, case: grammaticalCase, animate: noun.animate)
        } else {
            count = RussianNumber.compact(number)
        }
        return ([count] + out).joined(separator: " ")
    }

    /// The number and case of the noun and of its adjectives after `number` in `grammaticalCase`:
    /// «одна школа»; «две школы», «две общеобразовательные организации» but «два больших
    /// учреждения»; «пять школ»; in the oblique cases the singular after 1 and the plural
    /// otherwise; after a fraction the genitive singular.
    private static func shape(_ number: Int?, _ noun: NounEntry, _ grammaticalCase: GrammaticalCase)
        -> (plural: Bool, noun: GrammaticalCase, adjective: GrammaticalCase, adjectivePlural: Bool)
    {
        guard let number else { return (false, .genitive, .genitive, false) }
        let n = abs(number)
        let one = n % 10 == 1 && n % 100 != 11
        let few = (2...4).contains(n % 10) && !(12...14).contains(n % 100)
        switch grammaticalCase {
        case .nominative, .accusative:
            if one { return (false, grammaticalCase, grammaticalCase, false) }
            if grammaticalCase == .accusative, noun.animate, (2...4).contains(n) {
                return (true, .genitive, .genitive, true)
            }
            if few {
                if noun.adjectival { return (true, .genitive, .genitive, true) }
                let adjectiveCase: GrammaticalCase = noun.gender == .feminine ? .nominative : .genitive
                return (false, .genitive, adjectiveCase, true)
            }
            return (true, .genitive, .genitive, true)
        default:
            return (!one, grammaticalCase, grammaticalCase, !one)
        }
    }

    private static func capitalized(_ form: String, like word: String) -> String {
        guard let first = word.first, first.isUppercase, form.lowercased() == form else { return form }
        return form.capitalizedFirstLetter
    }
}
