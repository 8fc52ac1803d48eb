#!/usr/bin/env python3
"""Writes names-corpus.tsv: names of the patterns that used to fail, each with its forms.

The forms come from the paradigms below, typed from Розенталь («Справочник по правописанию и
стилистике», склонение фамилий и имён) and Грамота.ру, one paradigm per kind of name; nothing here
uses Paperwork's own rules. Run it again only on purpose, after checking a changed paradigm by hand.
Columns as in reference/names-declension.tsv: gender, surname, first, patronymic, then each part in
the genitive, dative, accusative, instrumental and prepositional.
"""

import itertools
import os

def same(word):
    return [word] * 5

def add(word, endings, drop=0):
    stem = word[: len(word) - drop] if drop else word
    return [stem + e for e in endings]

# Paradigms of surnames: (male forms, female nominative, female forms).
def possessive(m):            # Петров, Пушкин: -а -у -а -ым -е; Петрова: -ой -ой -у -ой -ой
    f = m + "а"
    return m, add(m, ["а", "у", "а", "ым", "е"]), f, add(f, ["ой", "ой", "у", "ой", "ой"], 1)

def noun(m, ins="ом"):         # Дарвин, Буш, Рерих: -а -у -а -ом/-ем -е; a woman's stays
    return m, add(m, ["а", "у", "а", ins, "е"]), m, same(m)

def adjective_hard(m):        # Римский, Горький: -ого -ому -ого -им -ом
    f = m[:-2] + "ая"
    return (m, add(m, ["ого", "ому", "ого", "им", "ом"], 2), f, add(f, ["ой", "ой", "ую", "ой", "ой"], 2))

def adjective_soft(m):        # Синий, Крайний: -его -ему -его -им -ем
    f = m[:-2] + "яя"
    return (m, add(m, ["его", "ему", "его", "им", "ем"], 2), f, add(f, ["ей", "ей", "юю", "ей", "ей"], 2))

def adjective_sibilant(m):    # Рыжий, Осадчий: -его -ему -его -им -ем; Рыжая: -ей -ей -ую -ей -ей
    f = m[:-2] + "ая"
    return (m, add(m, ["его", "ему", "его", "им", "ем"], 2), f, add(f, ["ей", "ей", "ую", "ей", "ей"], 2))

def adjective_oy(m):          # Толстой, Лесной: -ого -ому -ого -ым -ом; Трубецкой, Большой: -им
    f = m[:-2] + "ая"
    ins = "им" if m[-3] in "кгхжшчщ" else "ым"
    return (m, add(m, ["ого", "ому", "ого", ins, "ом"], 2), f, add(f, ["ой", "ой", "ую", "ой", "ой"], 2))

def indeclinable(m):          # Гарсиа, Долгих, Сухово
    return m, same(m), m, same(m)

def noun_oy(m):               # Цой: -я -ю -я -ем -е, as Гой, Рой
    return m, add(m, ["я", "ю", "я", "ем", "е"], 1), m, same(m)

def noun_iy(m):               # Гудзий: -я -ю -я -ем -и (о Гудзии)
    return m, add(m, ["я", "ю", "я", "ем", "и"], 1), m, same(m)

def noun_aya(m):              # Шенгелая: -и -е -ю -ей -е, for a woman too
    forms = add(m, ["и", "е", "ю", "ей", "е"], 1)
    return m, forms, m, forms

def first_declension(m):      # Мурза: -ы -е -у -ой -е, for a woman too
    forms = add(m, ["ы", "е", "у", "ой", "е"], 1)
    return m, forms, m, forms

def hyphenated(first, second):
    """Each part by its own paradigm; a plain string is a first part that stays (Бонч-, Тер-, Сухово-)."""
    def join(a, b):
        return [x + "-" + y for x, y in zip(a, b)]
    m2, mf2, f2, ff2 = second
    if isinstance(first, str):
        return first + "-" + m2, join(same(first), mf2), first + "-" + f2, join(same(first), ff2)
    m1, mf1, f1, ff1 = first
    return m1 + "-" + m2, join(mf1, mf2), f1 + "-" + f2, join(ff1, ff2)

# First names with their forms, typed out.
MALE_FIRST = {
    "Иван": add("Иван", ["а", "у", "а", "ом", "е"]),
    "Пётр": ["Петра", "Петру", "Петра", "Петром", "Петре"],
    "Сергей": add("Сергей", ["я", "ю", "я", "ем", "е"], 1),
    "Николай": add("Николай", ["я", "ю", "я", "ем", "е"], 1),
    "Дмитрий": add("Дмитрий", ["я", "ю", "я", "ем", "и"], 1),
    "Юрий": add("Юрий", ["я", "ю", "я", "ем", "и"], 1),
    "Лев": ["Льва", "Льву", "Льва", "Львом", "Льве"],
    "Павел": ["Павла", "Павлу", "Павла", "Павлом", "Павле"],
    "Илья": ["Ильи", "Илье", "Илью", "Ильёй", "Илье"],
    "Никита": add("Никита", ["ы", "е", "у", "ой", "е"], 1),
    "Лука": add("Лука", ["и", "е", "у", "ой", "е"], 1),
    "Савва": add("Савва", ["ы", "е", "у", "ой", "е"], 1),
    "Игорь": add("Игорь", ["я", "ю", "я", "ем", "е"], 1),
    "Эльдар": add("Эльдар", ["а", "у", "а", "ом", "е"]),
    "Виктор": add("Виктор", ["а", "у", "а", "ом", "е"]),
    "Жан-Поль": ["Жана-Поля", "Жану-Полю", "Жана-Поля", "Жаном-Полем", "Жане-Поле"],
    "Жан-Жак": ["Жана-Жака", "Жану-Жаку", "Жана-Жака", "Жаном-Жаком", "Жане-Жаке"],
    "Жан-Пьер": ["Жана-Пьера", "Жану-Пьеру", "Жана-Пьера", "Жаном-Пьером", "Жане-Пьере"],
    "Жан-Батист": ["Жана-Батиста", "Жану-Батисту", "Жана-Батиста", "Жаном-Батистом", "Жане-Батисте"],
    "Карл-Хайнц": ["Карла-Хайнца", "Карлу-Хайнцу", "Карла-Хайнца", "Карлом-Хайнцем", "Карле-Хайнце"],
    "Ханс-Петер": ["Ханса-Петера", "Хансу-Петеру", "Ханса-Петера", "Хансом-Петером", "Хансе-Петере"],
    "Жорж": add("Жорж", ["а", "у", "а", "ем", "е"]),
    "Франц": add("Франц", ["а", "у", "а", "ем", "е"]),
    "Фриц": add("Фриц", ["а", "у", "а", "ем", "е"]),
    "Андреа": same("Андреа"),
    "Игорёк": ["Игорька", "Игорьку", "Игорька", "Игорьком", "Игорьке"],
    "Санёк": ["Санька", "Саньку", "Санька", "Саньком", "Саньке"],
    "Пий": ["Пия", "Пию", "Пия", "Пием", "Пие"],
}
FEMALE_FIRST = {
    "Анна": add("Анна", ["ы", "е", "у", "ой", "е"], 1),
    "Мария": add("Мария", ["и", "и", "ю", "ей", "и"], 1),
    "Ольга": add("Ольга", ["и", "е", "у", "ой", "е"], 1),
    "Наталья": add("Наталья", ["и", "е", "ю", "ей", "е"], 1),
    "Любовь": ["Любови", "Любови", "Любовь", "Любовью", "Любови"],
    "Дарья": add("Дарья", ["и", "е", "ю", "ей", "е"], 1),
    "Инга": add("Инга", ["и", "е", "у", "ой", "е"], 1),
    "Маша": add("Маша", ["и", "е", "у", "ей", "е"], 1),
    "Софико": same("Софико"),
    "Кэтрин": same("Кэтрин"),
    "Анна-Мария": ["Анны-Марии", "Анне-Марии", "Анну-Марию", "Анной-Марией", "Анне-Марии"],
    "Мария-Тереза": ["Марии-Терезы", "Марии-Терезе", "Марию-Терезу", "Марией-Терезой", "Марии-Терезе"],
    "Анна-Лиза": ["Анны-Лизы", "Анне-Лизе", "Анну-Лизу", "Анной-Лизой", "Анне-Лизе"],
}
# Patronymics: (male, female); stressed -ич takes -ом.
FATHERS = [
    ("Иванович", "Ивановна"), ("Сергеевич", "Сергеевна"), ("Николаевич", "Николаевна"),
    ("Ильич", "Ильинична"), ("Кузьмич", "Кузьминична"), ("Лукич", "Лукинична"), ("Фомич", "Фоминична"),
    ("Петрович", "Петровна"), ("Абдул-Керимович", "Абдул-Керимовна"), ("Юрьевич", "Юрьевна"),
]
STRESSED_ICH = {"Ильич", "Кузьмич", "Лукич", "Фомич"}

def male_patronymic(p):
    return add(p, ["а", "у", "а", "ом" if p in STRESSED_ICH else "ем", "е"])

def female_patronymic(p):
    return add(p, ["ы", "е", "у", "ой", "е"], 1)

SURNAMES = []  # (kind, paradigm)

def kind(name, paradigm, words):
    SURNAMES.extend((name, paradigm(w)) for w in words)

# Hyphenated: a first part that stays, then one that declines by its own rule.
for fixed, second in [
    ("Бонч", noun("Бруевич", "ем")), ("Бонч", adjective_hard("Осмоловский")), ("Тер", noun("Петросян")),
    ("Тер", noun("Акопян")), ("Тер", noun("Оганесян")), ("Тер", noun("Минасян")), ("Тер", possessive("Гукасов")),
    ("Тер", possessive("Аванесов")), ("Демут", adjective_hard("Малиновский")), ("Сен", noun("Симон")),
    ("Кара", first_declension("Мурза")),
]:
    SURNAMES.append(("hyphen-fixed", hyphenated(fixed, second)))
# Hyphenated: both parts decline (or stay) each by its own rule.
FIRST_PARTS = [
    adjective_hard("Римский"), possessive("Салтыков"), possessive("Петров"), possessive("Мамин"),
    possessive("Голенищев"), possessive("Бестужев"), possessive("Мусин"), "Сухово",
]
SECOND_PARTS = [
    possessive("Корсаков"), possessive("Щедрин"), noun("Сибиряк"), possessive("Водкин"),
    possessive("Кутузов"), possessive("Рюмин"), possessive("Кобылин"), adjective_hard("Карский"),
]
for first, second in itertools.product(FIRST_PARTS, SECOND_PARTS):
    SURNAMES.append(("hyphen-both", hyphenated(first, second)))

kind("vowel-a", indeclinable, [
    "Гарсиа", "Делакруа", "Моравиа", "Эредиа", "Гулиа", "Гамсахурдиа", "Галуа", "Гогуа", "Чкадуа", "Труа",
])
kind("sibilant-monosyllable", lambda w: noun(w, "ем"), [
    "Буш", "Шварц", "Кац", "Шульц", "Штольц", "Герц", "Кунц", "Мюнц", "Кранц", "Гейнц", "Раш", "Бош",
    "Марш", "Жорж", "Лиц", "Шац", "Фиш", "Руш", "Гольц", "Кляйнц",
])
kind("sibilant-stressed", noun, ["Швец", "Ткач", "Грач", "Кузнец", "Палач", "Силач"])
kind("sibilant-polysyllable", lambda w: noun(w, "ем"), ["Бабич", "Шостакович", "Ковалец", "Рудич", "Мартинец"])
kind("monosyllable", noun, ["Блок", "Бах", "Кох", "Штерн", "Шмидт", "Вольф", "Ланг", "Гук", "Брандт", "Гросс"])
kind("foreign-in", noun, [
    "Дарвин", "Чаплин", "Франклин", "Грин", "Кронин", "Гершвин", "Кальвин", "Берлин", "Гудвин", "Джоплин",
    "Мерлин", "Болдуин", "Келвин", "Маклин",
])
kind("russian-in", possessive, ["Пушкин", "Кузьмин", "Ильин", "Сорокин", "Фомин", "Бородин", "Рудин", "Щедрин"])
kind("noun-oy", noun_oy, ["Цой", "Гой", "Рой", "Хой"])
kind("noun-iy", noun_iy, ["Гудзий", "Гузий", "Мазий", "Гордий", "Мамалий", "Вакулий", "Кудрий"])
kind("adjective", adjective_hard, ["Горький", "Долгий", "Тихий", "Трубецкий"])
kind("adjective", adjective_soft, ["Синий", "Крайний"])
kind("adjective", adjective_sibilant, ["Рыжий", "Осадчий", "Свежий"])
kind("adjective", adjective_oy, ["Толстой", "Лесной", "Трубецкой", "Боровой"])
kind("noun-aya", noun_aya, ["Шенгелая", "Гулая", "Цулая", "Ахалая"])
kind("foreign-ikh", noun, ["Рерих", "Эрлих", "Фрейндлих", "Дитрих", "Ульрих", "Фридрих", "Генрих", "Зауэрлих"])
kind("russian-ikh", indeclinable, ["Долгих", "Седых", "Белых", "Черных", "Русских", "Мягких", "Рыжих", "Синих"])

def rows():
    male_names = list(MALE_FIRST)
    female_names = list(FEMALE_FIRST)
    counter = itertools.count()
    for _, (male_nominative, male, female_nominative, female) in SURNAMES:
        for _ in range(VARIANTS):
            i = next(counter)
            first = male_names[i % len(male_names)]
            father = FATHERS[i % len(FATHERS)]
            yield ["m", male_nominative, first, father[0]] + male + MALE_FIRST[first] + male_patronymic(father[0])
            first = female_names[i % len(female_names)]
            yield ["f", female_nominative, first, father[1]] + female + FEMALE_FIRST[first] + female_patronymic(father[1])

VARIANTS = 2

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "names-corpus.tsv")
    header = "gender\tsurname\tfirst\tpatronymic\t" + "\t".join(
        f"{part}_{case}" for part in ["surname", "first", "patronymic"] for case in ["gen", "dat", "acc", "ins", "pre"])
    lines = [header] + ["\t".join(r) for r in rows()]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines) - 1} names written to {out}")

if __name__ == "__main__":
    main()
