/// The short lists of names that the endings alone cannot tell apart, after Розенталь's
/// «Справочник по правописанию и стилистике» (склонение фамилий) and Грамота.ру. A name missing
/// from a list is declined by the general rule; a person's forms can always be given by hand
/// (``FullName/overrides``, `declension:` in data files).
public enum NameExceptions {
    /// First parts of double surnames that are not surnames by themselves and stay unchanged:
    /// Бонч-Бруевичу, Тер-Петросяну, Демут-Малиновскому, Сен-Симону.
    public static let fixedFirstParts: Set<String> = [
        "бонч", "тер", "демут", "сен", "санкт", "ибн", "абу", "аль", "эль", "ван", "фон", "де", "ле", "ла",
        "мак", "кара", "хаджи", "гаджи", "шах", "ди", "да", "дель", "дю",
    ]

    /// Foreign surnames in -ин/-ын, declined as nouns (Дарвином), not as Russian possessives
    /// (Пушкиным).
    public static let foreignIn: Set<String> = [
        "дарвин", "чаплин", "франклин", "грин", "кронин", "гершвин", "кальвин", "берлин", "корвин",
        "ирвин", "эрвин", "гэлвин", "мерлин", "маклин", "колвин", "болдуин", "гудвин", "эдвин",
        "келвин", "джоплин", "шопин", "бодуин", "литвин",
    ]

    /// Surnames in -ая that are nouns, not adjectives: Шенгелая → Шенгелаи (for women too).
    public static let nounAya: Set<String> = ["шенгелая", "гулая", "цулая", "ахалая", "хурцилая", "чачибая"]

    /// Masculine nouns ending in a sibilant whose ending takes the stress (швецом, ткачом);
    /// other names in ж/ш/ч/щ/ц take -ем: Бушем, Шварцем, Бабичем.
    public static let stressedSibilantStems: Set<String> = [
        "швец", "ткач", "грач", "лещ", "палач", "богач", "силач", "врач", "сыч", "меч", "ключ",
        "борщ", "плющ", "кузнец", "мудрец", "жнец", "кулич", "москвич", "хрущ", "смолич",
    ]

    /// Letters before -ий/-их that make a word an adjective (Горький, Синий, Рыжий, Долгих);
    /// after any other letter -ий is a noun (Гудзий → Гудзия) and -их is foreign (Рерих → Рериха).
    static let adjectivalStemEnds: Set<Character> = ["к", "г", "х", "ж", "ш", "ч", "щ", "н"]
}
