#!/usr/bin/env python3
"""Writes the example monitoring results (Examples/results): for each example methodology,
26 fictional schools as an XLSX workbook (a title row, merged two-row headers, numbers stored as
text in places) and as a Windows-1251 CSV with ';', as Russian Excel saves it.

The first rows are designed by hand to cover every level, every rule branch, a negative total and
ties; the tests check their scores computed by hand. The rest vary deterministically."""
import os
import zipfile
from xml.sax.saxutils import escape

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "Examples", "results")
os.makedirs(out, exist_ok=True)

SURNAMES = [("Орлова", "Ирина", "Петровна"), ("Воронцов", "Андрей", "Сергеевич"), ("Климова", "Татьяна", "Юрьевна"),
            ("Зайцев", "Олег", "Николаевич"), ("Гончаренко", "Марина", "Викторовна"), ("Лебедев", "Игорь", "Павлович"),
            ("Соколовская", "Елена", "Андреевна"), ("Тихонов", "Денис", "Владимирович"), ("Белых", "Анна", "Романовна"),
            ("Медведев", "Роман", "Ильич"), ("Ковальчук", "Светлана", "Олеговна"), ("Фомин", "Артём", "Евгеньевич"),
            ("Никитина", "Ольга", "Сергеевна"), ("Галиев", "Ринат", "Маратович"), ("Шевчук", "Наталья", "Ивановна")]
KINDS = ["МБОУ «СОШ № {n}»", "МКОУ «ООШ № {n}»", "МБОУ «Лицей № {n}»", "МБОУ «Гимназия № {n}»", "МКОУ «Сосновская СОШ»"]


def school(i):
    kind = KINDS[i % 4] if i != 13 else KINDS[4]
    head = SURNAMES[i % len(SURNAMES)]
    return f"OO-{i + 1:03d}", kind.format(n=i + 1), " ".join(head)


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def write_xlsx(path, title, top, bottom, rows, merges):
    strings, lookup = [], {}

    def sid(text):
        if text not in lookup:
            lookup[text] = len(strings)
            strings.append(text)
        return lookup[text]

    def cell(ref, value):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return f'<c r="{ref}"><v>{value}</v></c>'
        if isinstance(value, str) and value.startswith("="):
            return f'<c r="{ref}" t="str"><f>{escape(value[1:])}</f><v>{escape(value[1:])}</v></c>'
        return f'<c r="{ref}" t="s"><v>{sid(str(value))}</v></c>'

    lines = []
    all_rows = [[title]] + [[]] + [top, bottom] + rows
    for r, values in enumerate(all_rows, start=1):
        cells = "".join(cell(f"{column_letter(c)}{r}", v) for c, v in enumerate(values) if v != "")
        lines.append(f'<row r="{r}">{cells}</row>')
    merge_xml = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(lines)}</sheetData><mergeCells count="{len(merges)}">{merge_xml}</mergeCells></worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Результаты" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared)


def write_csv(path, header, rows):
    def quote(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v
    text = "\r\n".join(";".join(quote(v) for v in row) for row in [header] + rows) + "\r\n"
    with open(path, "wb") as f:
        f.write(text.encode("cp1251"))


# ---------------------------------------------------------------- ВПР objectivity (seed 000)
BIAS = ["отсутствует в списке Рособрнадзора", "присутствует в списке", "присутствует в списке два года и более"]
OBS = ["по всем предметам и всем параллелям", "не по всем предметам и не всем параллелям", "не организовано"]
ANA = ["качественный анализ", "статистический анализ", "отсутствие анализа"]
# fis_oko met, materials met, objectivity confirmed, bias, observation, analysis, site, schedule, training, npa, survey
VPR_DESIGNED = [
    (3, 20, 6, 0, 0, 0, 1, 1, 1, 1, 1),  # 50 high
    (3, 20, 5, 0, 0, 0, 1, 1, 0, 1, 1),  # 45 high
    (2, 19, 4, 0, 1, 1, 1, 0, 1, 1, 0),  # 40 high, boundary
    (2, 18, 4, 1, 0, 1, 1, 1, 0, 0, 0),  # 34 sufficient
    (0, 17, 3, 2, 2, 2, 0, 0, 0, 0, 0),  # -6 low: both penalties and the −10 answer
    (3, 18, 3, 0, 1, 1, 1, 0, 0, 0, 0),  # 34 sufficient, tie with the fourth
    (3, 20, 4, 0, 1, 1, 0, 1, 0, 1, 1),  # 39 sufficient, boundary
    (3, 18, 2, 0, 1, 2, 0, 1, 0, 0, 0),  # 30 sufficient, boundary
    (3, 18, 2, 0, 1, 2, 0, 0, 0, 0, 0),  # 29 low, boundary
]


def vpr_rows():
    rows = list(VPR_DESIGNED)
    for i in range(len(rows), 26):
        rows.append((3 - (i % 4 == 0), 20 - (i * 7) % 5, (i * 5) % 7, (i % 9 == 0) * 1, i % 3, (i + 1) % 3,
                     i % 2, (i + 1) % 2, (i % 3 == 0) * 1, 1, (i % 4 != 1) * 1))
    return rows


def vpr_points(r):
    fis = -1 if 3 - r[0] > 2 else r[0]
    mat = -1 if 20 - r[1] > 2 else r[1]
    return fis + mat + 2 * r[2] + [3, 0, -10][r[3]] + [2, 1, 0][r[4]] + [2, 1, 0][r[5]] + 2 * r[6] + r[7] + 3 * r[8] + r[9] + r[10]


YES = ["да", "+", "1", "есть", "Да"]
NO = ["нет", "-", "0", "–", "Нет"]

checklist = [("site", "Наличие информации в общедоступных и открытых источниках ОО"), ("schedule", "Наличие графика проведения ВПР"),
             ("training", "Наличие КПК у педагогов по вопросам оценки качества образования"),
             ("regulations", "Наличие НПА по проведению ВПР в ОО"),
             ("survey", "Наличие социального опроса для участников образовательных отношений на сайте ОО")]
titles = {"fis_oko": "Своевременное и корректное внесение информации в ФИС ОКО согласно графику (2023)",
          "materials": "Соблюдение сроков получения материалов и загрузки протоколов в ФИС ОКО (2023)",
          "objectivity": "Объективность оценки образовательных результатов (минимальный уровень подготовки, высокий уровень подготовки) (2023)",
          "bias_list": "Перечень ОО с признаками необъективности (2022)",
          "observation": "Обеспечение общественного наблюдения (2023)",
          "analysis": "Комплексный анализ по результатам ВПР (2022 год)",
          "attitude": "Обеспечение позитивного отношения к вопросам объективности ВПР (2023)"}

rows = vpr_rows()
STATS = ["Всего работ", "Перепроверено работ", "Отметка подтверждена"]


def stats(i):
    total = 40 + (i * 37) % 160
    rechecked = total // 5 if i % 6 else 0
    return [total, rechecked, max(0, rechecked - (i % 4))]


xlsx_top = ["Код", "Наименование ОО", "Руководитель"] + [titles[k] for k in ["fis_oko", "materials", "objectivity", "bias_list", "observation", "analysis"]] + [titles["attitude"]] * 5 + STATS
xlsx_bottom = ["Код", "Наименование ОО", "Руководитель", "", "", "", "", "", ""] + [t for _, t in checklist] + STATS
xlsx_rows, csv_rows = [], []
for i, r in enumerate(rows):
    sid, name, head = school(i)
    flags = [YES[(i + j) % 5] if r[6 + j] else NO[(i + j) % 5] for j in range(5)]
    # numbers: as numbers, as text, with "из"
    fis = r[0] if i % 3 else str(r[0])
    mat = f"{r[1]} из 20" if i % 5 == 1 else r[1]
    xlsx_rows.append([sid, name, head, fis, mat, r[2], BIAS[r[3]], OBS[r[4]], ANA[r[5]]] + flags + stats(i))
    csv_rows.append([sid, name if i != 2 else " " + name + "\u00a0", head, r[0], r[1], r[2], BIAS[r[3]], OBS[r[4]], ANA[r[5]]] + flags + stats(i))
merges = ["A1:Q1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:N3", "O3:O4", "P3:P4", "Q3:Q4"]
write_xlsx(os.path.join(out, "vpr-objectivity-2023.xlsx"),
           "Результаты муниципального мониторинга объективности проведения ВПР, 2023 год", xlsx_top, xlsx_bottom, xlsx_rows, merges)
csv_header = ["Код ОО", "Наименование ОО", "ФИО руководителя", "fis_oko", "materials", "objectivity", "bias_list", "observation", "analysis"] + [f"attitude.{k}" for k, _ in checklist] + STATS
write_csv(os.path.join(out, "vpr-objectivity-2023.csv"), csv_header, csv_rows)
print("vpr totals:", [vpr_points(r) for r in rows])
totals = [stats(i) for i in range(len(rows))]
print("vpr works:", sum(t[0] for t in totals), "rechecked:", sum(t[1] for t in totals), "confirmed:", sum(t[2] for t in totals),
      "observation all:", sum(1 for r in rows if r[4] == 0))

# ---------------------------------------------------------------- ШНОР effectiveness (seed 004)
DOWN = ["ege_rus_min", "ege_math_min", "oge_rus_min", "oge_math_min"]
UP = ["vpr_rus_5", "vpr_rus_6", "vpr_math_5", "vpr_math_6", "ege_math_high", "ege_rus_high", "oge_math_high", "oge_rus_high"]
# (down improvements 4 flags, up 8 flags, routes_rus share, routes_math share, diagnostics, plan, mentoring)
SHNOR_DESIGNED = [
    ([1, 1, 1, 1], [1] * 8, "100 %", "0,9", 1, 1, 1),           # 17 high
    ([1, 1, 1, 0], [1, 1, 1, 1, 1, 1, 1, 0], "80", "0,8", 1, 1, 0),  # 14 high boundary (80 % exactly)
    ([1, 1, 0, 1], [1, 1, 1, 1, 1, 1, 0, 0], "79,9 %", "85 %", 1, 1, 1),  # 13 medium
    ([1, 0, 0, 1], [1, 1, 0, 1, 1, 0, 1, 0], "0,5", "95", 1, 1, 1),   # 11 medium boundary
    ([1, 0, 0, 1], [1, 1, 0, 1, 1, 0, 1, 0], "50 %", "60 %", 1, 1, 0),  # 9? -> low
    ([0, 0, 0, 0], [0] * 8, "0", "0 %", 0, 0, 0),                 # 0 low
    ([1, 1, 0, 1], [1, 1, 1, 1, 1, 1, 0, 0], "70 %", "85 %", 1, 1, 1),  # 12 medium... tie check below
]


def shnor_rows():
    rows = list(SHNOR_DESIGNED)
    for i in range(len(rows), 26):
        rows.append(([(i + k) % 3 != 0 for k in range(4)], [(i * (k + 1)) % 4 != 0 for k in range(8)],
                     f"{(i * 13) % 101} %", f"0,{(i * 7) % 10}", i % 2, (i + 1) % 2, (i % 3 == 0) * 1))
    return rows


def share(text):
    t = text.replace("%", "").replace(",", ".").strip()
    v = float(t)
    return v / 100 if "%" in text or v > 1 else v


def shnor_points(r):
    return sum(r[0]) + sum(r[1]) + (share(r[2]) >= 0.8) + (share(r[3]) >= 0.8) + r[4] + r[5] + r[6]


srows = shnor_rows()
shnor_titles = {}
import re
with open(os.path.join(root, "Examples", "methodologies", "shnor-effectiveness.yaml"), encoding="utf-8") as f:
    text = f.read()
for m in re.finditer(r"- id: (\w+)\n\s+title: (.+)\n", text):
    shnor_titles[m.group(1)] = m.group(2)
csv_header = ["id", "name", "head"]
for k in DOWN:
    csv_header += [f"{k}.было", f"{k}.стало"]
csv_header += UP + ["routes_rus", "routes_math", "diagnostics", "method_plan", "mentoring"]
csv_rows, xlsx_rows = [], []
for i, r in enumerate(srows):
    sid, name, head = school(i)
    pairs = []
    for k, better in enumerate(r[0]):
        before = 10 + (i * 3 + k) % 15
        after = before - 2 if better else before + (k % 2)
        pairs += [str(before) if k % 2 else f"{before},0", f"{after} %" if k == 3 else str(after)]
    ups = [YES[(i + k) % 5] if v else NO[(i + k) % 5] for k, v in enumerate(r[1])]
    facts = [YES[i % 5] if r[4] else NO[i % 5], "да" if r[5] else "нет", "+" if r[6] else "-"]
    row = [sid, name, head] + pairs + ups + [r[2], r[3]] + facts
    csv_rows.append(row)
    xlsx_rows.append(row)
write_csv(os.path.join(out, "shnor-2023.csv"), csv_header, csv_rows)
top = ["Код", "Наименование ОО", "Руководитель"]
for k in DOWN:
    top += [shnor_titles[k]] * 2
top += [shnor_titles[k] for k in UP] + [shnor_titles[k] for k in ["routes_rus", "routes_math", "diagnostics", "method_plan", "mentoring"]]
bottom = ["Код", "Наименование ОО", "Руководитель"]
for k in DOWN:
    bottom += [f"{k}.было", f"{k}.стало"]
bottom += [""] * 13
merges = ["A1:Y1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:K3"] + [f"{column_letter(c)}3:{column_letter(c)}4" for c in range(11, 24)]
write_xlsx(os.path.join(out, "shnor-2023.xlsx"), "Мониторинг системы работы со ШНОР, 2023/2024 учебный год", top, bottom, xlsx_rows, merges)
print("shnor totals:", [shnor_points(r) for r in srows])

# ---------------------------------------------------------------- ШНОР, the next year (2024)
# The trend indicators with values hold this year's column alone («ege_rus_min.стало»): last year's
# value is the 2023 file's «стало», taken from the stored 2023 campaign. The trends given as
# да/нет stay so. The first rows are designed: OO-001 stays high, OO-002 falls to low, OO-003
# rises to high, OO-005 rises from low to medium.
SHNOR_2024_DESIGNED = {
    0: ([1, 1, 0, 0], [1] * 8, "100 %", "0,9", 1, 1, 1),                   # 15 high
    1: ([0, 0, 0, 0], [1, 1, 1, 0, 0, 0, 0, 0], "50", "0,5", 1, 0, 0),     # 4 low
    2: ([1, 1, 1, 1], [1] * 8, "90 %", "85 %", 1, 1, 1),                   # 17 high
    4: ([1, 0, 1, 0], [1, 1, 1, 1, 1, 1, 0, 0], "80 %", "0,8", 1, 1, 0),   # 12 medium
}


def shnor_2024_rows():
    rows = []
    for i in range(26):
        if i in SHNOR_2024_DESIGNED:
            rows.append(SHNOR_2024_DESIGNED[i])
        else:
            rows.append(([(i + k) % 2 == 0 for k in range(4)], [(i + k) % 3 != 1 for k in range(8)],
                         f"{(i * 17) % 101} %", f"0,{(i * 3) % 10}", (i + 1) % 2, i % 2, (i % 4 == 0) * 1))
    return rows


def shnor_2023_after(i, k):
    """The 2023 file's «стало» of school i, indicator k (see the loop above)."""
    before = 10 + (i * 3 + k) % 15
    return before - 2 if srows[i][0][k] else before + (k % 2)


rows24 = shnor_2024_rows()
csv_header = ["id", "name", "head"] + [f"{k}.стало" for k in DOWN] + UP + ["routes_rus", "routes_math", "diagnostics", "method_plan", "mentoring"]
csv_rows, xlsx_rows = [], []
for i, r in enumerate(rows24):
    sid, name, head = school(i)
    currents = []
    for k, better in enumerate(r[0]):
        last = shnor_2023_after(i, k)
        now = last - 1 if better else last + (k % 2)
        currents.append(f"{now} %" if k == 3 else (f"{now},0" if k == 0 else str(now)))
    ups = [YES[(i + k + 1) % 5] if v else NO[(i + k + 1) % 5] for k, v in enumerate(r[1])]
    facts = ["да" if r[4] else "нет", YES[i % 5] if r[5] else NO[i % 5], "+" if r[6] else "-"]
    row = [sid, name, head] + currents + ups + [r[2], r[3]] + facts
    csv_rows.append(row)
    xlsx_rows.append(row)
write_csv(os.path.join(out, "shnor-2024.csv"), csv_header, csv_rows)
top = ["Код", "Наименование ОО", "Руководитель"] + [shnor_titles[k] for k in DOWN + UP] + [shnor_titles[k] for k in ["routes_rus", "routes_math", "diagnostics", "method_plan", "mentoring"]]
bottom = ["Код", "Наименование ОО", "Руководитель"] + [f"{k}.стало" for k in DOWN] + [""] * 13
merges = ["A1:U1", "A3:A4", "B3:B4", "C3:C4"] + [f"{column_letter(c)}3:{column_letter(c)}4" for c in range(7, 20)]
write_xlsx(os.path.join(out, "shnor-2024.xlsx"), "Мониторинг системы работы со ШНОР, 2024/2025 учебный год", top, bottom, xlsx_rows, merges)
print("shnor 2024 totals:", [shnor_points(r) for r in rows24])
