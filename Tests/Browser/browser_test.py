"""The methodist's path in a real browser (Debian's Chromium driven by Playwright), as a new user
would walk it: an empty data folder, a monitoring from the example methodology and results, the
rating checked against `paperwork score`, documents generated and downloaded (each opened by
LibreOffice), a results file with errors; the clerk's path: an order drafted in the form, saved,
reopened after a restart and downloaded (opened by LibreOffice); history across years: the ШНОР
example stored for 2023 and 2024, a school's page by years, the справка compared with 2023. Screenshots of every page go to the folder
given as the second argument.

Usage: python browser_test.py PAPERWORK_BINARY SCREENSHOT_FOLDER
"""

import csv
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile

from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "Examples")
passed = 0
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
        print("ok:", what)
    else:
        failed += 1
        print("FAILED:", what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, data, port, log):
        self.binary, self.data, self.port, self.log = binary, data, port, log
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port), "--data", self.data],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/monitorings", timeout=2)
                return
            except Exception:
                if self.process.poll() is not None:
                    raise RuntimeError("paperwork serve stopped at start")
                time.sleep(0.3)
        raise RuntimeError("paperwork serve did not answer in 60 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def expected_levels(binary):
    out = subprocess.run(
        [binary, "score", os.path.join(EXAMPLES, "methodologies/vpr-objectivity.yaml"),
         os.path.join(EXAMPLES, "results/vpr-objectivity-2023.xlsx"), "--format", "csv"],
        check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    header = rows[0]
    name_column = header.index("Образовательная организация")
    level_column = header.index("Уровень")
    return {row[name_column]: row[level_column] for row in rows[1:] if row}


def open_with_libreoffice(folder, names, work):
    """Converts every document to PDF with LibreOffice; returns the names that did not convert."""
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=work)
    out = os.path.join(work, "pdf")
    os.makedirs(out, exist_ok=True)
    paths = [os.path.join(folder, name) for name in names]
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", out] + paths, check=False, capture_output=True, timeout=600)
    missing = []
    for name in names:
        pdf = os.path.join(out, os.path.splitext(os.path.basename(name))[0] + ".pdf")
        if not os.path.exists(pdf) or os.path.getsize(pdf) < 1000:
            missing.append(name)
    return missing


MARKER = "Особая отметка отдела для проверки шаблона"


def use_own_letter(page, base, work, shots, rating_url):
    """Uploads the letter template with a paragraph added, sees it in use on the templates page, in
    the preview and in the letters of a new document set."""
    shipped = os.path.join(work, "letter.docx")
    with urllib.request.urlopen(base + "/templates/letter.docx") as response, open(shipped, "wb") as f:
        f.write(response.read())
    edited = os.path.join(work, "письмо отдела.docx")
    with zipfile.ZipFile(shipped) as source, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                start = text.index("<w:body>") + len("<w:body>")
                text = text[:start] + f"<w:p><w:r><w:t>{MARKER}</w:t></w:r></w:p>" + text[start:]
                data = text.encode("utf-8")
            target.writestr(item, data)
    page.select_option("#kind", "letter")
    page.set_input_files("#template", edited)
    page.click("button:has-text('Загрузить шаблон')")
    page.wait_for_selector(".notice")
    page.screenshot(path=f"{shots}/12-templates-in-use.png", full_page=True)
    row = page.locator("table.templates tbody tr", has_text="Письмо ОО").first
    check("шаблон отдела" in row.inner_text() and "письмо отдела.docx" in row.inner_text(),
          "the templates page shows the department's letter template in use")
    preview = page.request.get(base + "/templates/letter/docx/preview")
    check(preview.status == 200 and preview.headers.get("content-type") == "application/pdf"
          and preview.body()[:4] == b"%PDF", "the preview of the letter is a PDF")

    page.goto(rating_url)
    page.click("button:has-text('Сформировать документы')")
    page.wait_for_url("**/documents/*")
    page.wait_for_selector("text=Скачать всё одним архивом", timeout=300_000)
    with page.expect_download() as download_info:
        page.click("text=Скачать всё одним архивом")
    archive = os.path.join(work, "documents-own-letter.zip")
    download_info.value.save_as(archive)
    with zipfile.ZipFile(archive) as z:
        letters = [n for n in z.namelist() if n.startswith("письма/") and n.endswith(".docx")]
        with zipfile.ZipFile(io.BytesIO(z.read(letters[0]))) as letter:
            body = letter.read("word/document.xml").decode("utf-8")
    check(MARKER in body, "the letters of the new set are written from the department's template")

    page.goto(base + "/templates")
    page.locator("table.templates tbody tr", has_text="Письмо ОО").first.locator(
        "button:has-text('Вернуть стандартный')").click()
    page.wait_for_selector("table.templates")
    check("письмо отдела.docx" not in page.content(), "«Вернуть стандартный» puts the shipped letter back")


def edit_a_school(page, base, shots, rating_url):
    """Corrects a school's short name and head's gender on the «Школы» page; the rating shows it."""
    page.goto(base + "/schools")
    page.screenshot(path=f"{shots}/13-schools.png", full_page=True)
    check(page.locator("table.grid tbody tr").count() == 26, "the schools page lists the 26 schools")
    page.locator("table.grid tbody tr").first.locator("a:has-text('Изменить')").click()
    page.wait_for_selector("#shortName")
    page.fill("#shortName", "Школа № 1 имени А. С. Пушкина")
    page.check("input[name=gender][value='ж']")
    page.screenshot(path=f"{shots}/14-school-edit.png", full_page=True)
    page.click("button:has-text('Сохранить')")
    page.wait_for_url("**/schools")
    check("Школа № 1 имени А. С. Пушкина" in page.content(), "the corrected school is listed")
    page.goto(rating_url)
    check("Школа № 1 имени А. С. Пушкина" in page.content(), "the rating shows the corrected short name")


def register_orders(page, base, work, shots, order_url):
    """The clerk registers the drafted order (number and date from the register), downloads a file
    as issued and checks its SHA-256, amends the order by a new linked one, cancels the first by the
    second, searches the register and exports the year's journal."""
    import hashlib
    page.goto(order_url)
    page.wait_for_selector("form.order-form")
    page.click("button:has-text('Зарегистрировать')")
    page.wait_for_url("**/register/*")
    entry_url = page.url
    page.screenshot(path=f"{shots}/r1-register-entry.png", full_page=True)
    check("Приказ № 1-од от" in page.content(), "the register gives the order its number")
    shown = page.locator("code.hash").all_inner_texts()
    check(len(shown) == 3, "the order's DOCX, ODT and PDF are kept with their SHA-256")
    with page.expect_download() as download_info:
        page.click("a:has-text('.pdf')")
    pdf = os.path.join(work, "registered.pdf")
    download_info.value.save_as(pdf)
    with open(pdf, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    check(digest in shown, "the PDF downloads as issued: its SHA-256 is the one the page shows")
    page.goto(order_url)
    check(page.url == entry_url, "a registered order's draft opens as its register entry (frozen)")

    page.click("button:has-text('Внести изменения')")
    page.wait_for_selector("form.order-form")
    check("О внесении изменений в приказ от" in page.input_value("#title"), "a change starts as a new linked order")
    page.screenshot(path=f"{shots}/r2-amending-order.png", full_page=True)
    page.click("button:has-text('Зарегистрировать')")
    page.wait_for_url("**/register/*")
    check("Приказ № 2-од от" in page.content() and "Вносит изменения в приказ" in page.content(),
          "the amending order is registered with a link to the old one")

    page.goto(entry_url)
    page.fill("#by", "2-од")
    page.click("button:has-text('Отметить отменённым')")
    page.wait_for_url(entry_url)
    page.screenshot(path=f"{shots}/r3-cancelled-entry.png", full_page=True)
    check("отменён приказом № 2-од" in page.content(), "a cancelled order keeps its number and says by which order")

    page.goto(base + "/register")
    page.screenshot(path=f"{shots}/r4-register.png", full_page=True)
    check(page.locator("table.register tbody tr").count() == 2, "the register lists both orders")
    page.fill("#q", "внесении")
    page.click("button:has-text('Найти')")
    page.wait_for_selector("table.register")
    check(page.locator("table.register tbody tr").count() == 1, "the register is searched by words of the title")
    folder = os.path.join(work, "journal")
    os.makedirs(folder)
    names = []
    for label in ["XLSX", "DOCX"]:
        with page.expect_download() as download_info:
            page.click(f"a:has-text('{label}')")
        name = download_info.value.suggested_filename
        download_info.value.save_as(os.path.join(folder, name))
        names.append(name)
    check(names[0].endswith(".xlsx") and names[1].endswith(".docx"), f"the journal downloads ({names})")
    missing = open_with_libreoffice(folder, names[1:], work)
    check(not missing, "LibreOffice opens the DOCX journal")

    page.goto(base + "/register")
    page.click("text=Проверить бумажную копию по QR-коду")
    page.fill("#code", "ОТДЕЛ ОБРАЗОВАНИЯ\nПриказ от 01.02.2020 № 5-од\nSHA-256 00")
    page.click("button:has-text('Проверить')")
    page.wait_for_selector("#verdict")
    page.screenshot(path=f"{shots}/r5-register-check.png", full_page=True)
    check("в журнале нет приказа № 5-од от 01.02.2020" in page.content(),
          "a copy whose number the register lacks is not confirmed")


def shnor_department(folder):
    """A department for the ШНОР methodology, from the example one: its own catalogue, no figures of
    the ВПР indicators, the ШНОР levels in the conclusion, no results order."""
    os.makedirs(os.path.join(folder, "department"))
    os.makedirs(os.path.join(folder, "recommendations"))
    shutil.copy(os.path.join(EXAMPLES, "recommendations/shnor-effectiveness.yaml"), os.path.join(folder, "recommendations"))
    shutil.copy(os.path.join(EXAMPLES, "department/emblem.png"), os.path.join(folder, "department"))
    with open(os.path.join(EXAMPLES, "department/sosnovsky.yaml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = lines.index("  figures:")
    end = next(i for i, line in enumerate(lines) if line.startswith("  compiler:"))
    text = "\n".join(line for line in lines[:start] + lines[end:] if not line.startswith("order:"))
    text = text.replace("../recommendations/vpr-objectivity.yaml", "../recommendations/shnor-effectiveness.yaml")
    path = os.path.join(folder, "department/shnor.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("levels.sufficient", "levels.medium"))
    return path


def history_across_years(page, base, binary, data, work, shots):
    """The ШНОР example stored for 2023, then 2024 (whose trends hold this year's column alone); a
    school's page with its years; the «Переименования» page; the справка of 2024 compared with 2023,
    made from the same store by `paperwork batch --data`."""
    methodology = os.path.join(EXAMPLES, "methodologies/shnor-effectiveness.yaml")
    for period, results in [("2023", "shnor-2023.xlsx"), ("2024", "shnor-2024.csv")]:
        page.goto(base + "/monitorings/new")
        page.select_option("#methodology", "shnor-effectiveness")
        page.fill("#period", period)
        page.set_input_files("#results", os.path.join(EXAMPLES, "results", results))
        page.click("button:has-text('Загрузить и посчитать')")
        page.wait_for_selector("table.rating")
    page.screenshot(path=f"{shots}/h-01-rating-2024.png", full_page=True)
    check(page.locator("table.rating tbody tr").count() == 26, "the 2024 ШНОР file is stored with last year's values")
    page.locator("table.rating tbody tr", has_text="Лицей № 3").first.locator("a").click()
    page.wait_for_selector("h2:has-text('По годам')")
    page.screenshot(path=f"{shots}/h-02-school-by-years.png", full_page=True)
    years = page.locator("section.history table tbody tr")
    check(years.count() == 2, f"the school's page shows 2023 and 2024 ({years.count()})")
    check("было 14, стало 13 — снизилась" in page.content(), "the 2024 trend is computed from the stored 2023")
    check(page.locator("section.history svg.chart").count() == 1, "the years are drawn")
    years.first.locator("a").click()
    page.wait_for_selector("h2:has-text('По годам')")
    check("было 16, стало 14 — снизилась" in page.content(), "the 2023 year of the school opens from the table")
    page.goto(base + "/schools/aliases")
    page.fill("#old", "OO-027")
    page.fill("#new", "OO-001")
    page.click("button:has-text('Сопоставить')")
    page.wait_for_url("**/schools/aliases")
    page.screenshot(path=f"{shots}/h-03-aliases.png", full_page=True)
    check(page.locator("table.grid tbody tr").count() == 1, "an old code is mapped to a new one")

    out = os.path.join(work, "shnor-2024")
    batch = subprocess.run(
        [binary, "batch", "--methodology", methodology, "--results", os.path.join(EXAMPLES, "results/shnor-2024.csv"),
         "--department", shnor_department(os.path.join(work, "shnor-department")), "--data", data,
         "--period", "2024", "-o", out], capture_output=True, text=True)
    check(batch.returncode == 0, f"paperwork batch --data makes the 2024 documents ({batch.stderr[:200]})")
    profile = tempfile.mkdtemp(prefix="lo-profile-", dir=work)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", work, os.path.join(out, "Справка.docx")], capture_output=True, timeout=300)
    pdf = os.path.join(work, "Справка.pdf")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.replace("\u00a0", " ").split())
    check("Сравнение с прошлым периодом (2023)" in flat, "the справка compares with 2023")
    check("Повысили уровень 2 ОО: МБОУ «Лицей № 3» (средняя → высокая)" in flat, "it names the schools that rose")
    page_number = next((i + 1 for i, part in enumerate(text.split("\f")) if "Сравнение с прошлым" in part), 1)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page_number), "-l", str(page_number + 1), pdf,
                    f"{shots}/h-04-spravka"], check=False)


def main():
    binary, shots = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    work = tempfile.mkdtemp(prefix="paperwork-browser-")
    data = os.path.join(work, "data")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(shots, "server.log"), "w")
    server = Server(binary, data, port, log)
    server.start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ru-RU", accept_downloads=True)
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))

            page.goto(base + "/")
            page.screenshot(path=f"{shots}/01-monitorings-empty.png", full_page=True)
            check(page.locator("h1").inner_text() == "Мониторинги", "the list of monitorings opens first")
            check("Мониторингов пока нет" in page.content(), "an empty store says how to start")

            page.click("text=Новый мониторинг")
            page.screenshot(path=f"{shots}/02-new-monitoring.png", full_page=True)
            page.select_option("#methodology", "vpr-objectivity")
            page.fill("#period", "2023")
            page.set_input_files("#results", os.path.join(EXAMPLES, "results/vpr-objectivity-2023.xlsx"))
            page.click("button:has-text('Загрузить и посчитать')")
            page.wait_for_selector("table.rating")
            rating_url = page.url
            page.screenshot(path=f"{shots}/03-rating.png", full_page=True)
            rows = page.locator("table.rating tbody tr")
            check(rows.count() == 26, f"the rating has 26 schools ({rows.count()})")
            expected = expected_levels(binary)
            seen = {}
            for i in range(rows.count()):
                cells = rows.nth(i).locator("td")
                seen[cells.nth(1).inner_text().strip()] = cells.nth(cells.count() - 1).inner_text().strip()
            check(seen == expected, "every school has the level `paperwork score` gives")
            check(page.locator("svg.chart").count() == 1, "the distribution by level is drawn")

            rows.first.locator("a").click()
            page.wait_for_selector("h1")
            page.screenshot(path=f"{shots}/04-school.png", full_page=True)
            check(page.locator("table.grid tbody tr").count() > 5, "a school's page lists its scores")
            page.goto(rating_url)

            page.click("button:has-text('Сформировать документы')")
            page.wait_for_url("**/documents/*")
            page.screenshot(path=f"{shots}/05-documents-progress.png", full_page=True)
            page.wait_for_selector("text=Скачать всё одним архивом", timeout=300_000)
            page.screenshot(path=f"{shots}/06-documents-ready.png", full_page=True)
            with page.expect_download() as download_info:
                page.click("text=Скачать всё одним архивом")
            archive = os.path.join(work, "documents.zip")
            download_info.value.save_as(archive)
            with zipfile.ZipFile(archive) as z:
                names = z.namelist()
                unpacked = os.path.join(work, "unpacked")
                z.extractall(unpacked)
            documents = [n for n in names if n.endswith(".docx")]
            letters = [n for n in documents if n.startswith("письма/")]
            check("Справка.docx" in names, "the archive holds the справка")
            check("Рейтинг.docx" in names, "the archive holds the rating")
            check(len(letters) == 26, f"the archive holds 26 letters ({len(letters)})")
            check(any(n.lower().startswith("приказ") for n in documents), "the archive holds the order")
            missing = open_with_libreoffice(unpacked, documents, work)
            check(not missing, f"LibreOffice opens every document ({len(documents)}; not: {missing[:3]})")

            page.goto(base + "/monitorings/new")
            # The example results as Excel saves them (Windows-1251), with a word for a number in
            # row 2 and a negative count in row 3.
            bad = os.path.join(work, "результаты с ошибками.csv")
            with open(os.path.join(EXAMPLES, "results/vpr-objectivity-2023.csv"), encoding="cp1251") as f:
                lines = [line.split(";") for line in f.read().split("\n")]
            lines[1][3] = "пять"
            lines[2][4] = "-4"
            with open(bad, "w", encoding="cp1251") as f:
                f.write("\n".join(";".join(line) for line in lines))
            page.select_option("#methodology", "vpr-objectivity")
            page.set_input_files("#results", bad)
            page.click("button:has-text('Загрузить и посчитать')")
            page.wait_for_selector("#problems")
            page.screenshot(path=f"{shots}/07-results-with-errors.png", full_page=True)
            problem_rows = page.locator("#problems tbody tr")
            texts = [problem_rows.nth(i).inner_text() for i in range(problem_rows.count())]
            check(any(t.startswith("2") for t in texts) and any(t.startswith("3") for t in texts),
                  f"each error is shown with its row ({len(texts)} problems)")
            check(page.locator("#results").count() == 1, "the corrected file can be uploaded on the same page")

            page.goto(base + "/methodologies")
            page.screenshot(path=f"{shots}/09-methodologies.png", full_page=True)
            check(page.locator("table.grid tbody tr").count() == 2, "the two shipped methodologies are installed")
            page.goto(base + "/department")
            page.screenshot(path=f"{shots}/10-department.png", full_page=True)
            check("Сосновского" in page.content(), "the example department is seeded")
            # The methodist's path: the requisites changed in a form, no YAML.
            page.click("text=Изменить реквизиты")
            page.wait_for_selector("form.department-form")
            page.screenshot(path=f"{shots}/18-department-form.png", full_page=True)
            check("отдела образования администрации Сосновского" in page.locator("#issuer_name .declined").inner_text(),
                  "the issuer's name is shown in the genitive")
            contacts = page.input_value("#contacts-input").replace("2-15-40", "2-15-41")
            page.fill("#contacts-input", contacts)
            page.click(".department-form .actions button[value='save']")
            page.wait_for_url("**/department?saved=1")
            check("Реквизиты сохранены" in page.content(), "the department's requisites are saved")
            page.click("text=Изменить реквизиты")
            page.wait_for_selector("form.department-form")
            check("тел. 8 (39541) 2-15-41" in page.input_value("#contacts-input"), "the new phone is kept")
            page.fill("#period_from", "2023-13")
            page.click(".department-form .actions button[value='save']")
            page.wait_for_selector("#period .field-problem")
            page.screenshot(path=f"{shots}/19-department-form-problem.png", full_page=True)
            check("2023-13" in page.locator("#period .field-problem").inner_text(),
                  "a wrong month is shown at the period, nothing saved")

            page.goto(base + "/templates")
            page.screenshot(path=f"{shots}/11-templates.png", full_page=True)
            check(page.locator("table.grid tbody tr").count() == 10,
                  "the templates of five documents, in Word and LibreOffice, can be downloaded")
            use_own_letter(page, base, work, shots, rating_url)
            edit_a_school(page, base, shots, rating_url)

            # The clerk's path: an order drafted in the form, saved, reopened after the restart below.
            page.goto(base + "/orders")
            page.screenshot(path=f"{shots}/15-orders-empty.png", full_page=True)
            check("Приказов пока нет" in page.content(), "the list of orders says how to start")
            page.click("text=Новый приказ")
            page.wait_for_selector("form.order-form")
            check("ОТДЕЛ ОБРАЗОВАНИЯ" in page.input_value("#issuer"), "a new order has the department's requisites")
            page.fill("#number-input", "45")
            page.fill("#title", "О проведении всероссийских проверочных работ в 2024 году")
            page.fill("#preamble", "В целях обеспечения объективности проведения ВПР")
            page.fill('textarea[name="item.0.text"]', "Утвердить план мероприятий (приложение).")
            page.click("button:has-text('Добавить пункт')")
            page.wait_for_selector('textarea[name="item.1.text"]')
            check(page.input_value('textarea[name="item.0.text"]') == "Утвердить план мероприятий (приложение).",
                  "adding an item keeps what was typed")
            page.fill('textarea[name="item.1.text"]', "Контроль за исполнением приказа возложить на")
            page.select_option('select[name="item.1.person"]', "specialist")
            page.select_option('select[name="item.1.case"]', "accusative")
            page.click('button[value="insert:1"]')
            page.wait_for_selector("#item-1 .printed")
            check("Белову Е.О." in page.locator("#item-1 .printed").inner_text().replace("\u00a0", " "),
                  "the person is shown in the case the verb needs")
            page.click("button:has-text('Добавить план мероприятий')")
            page.wait_for_selector('textarea[name="app.0.sec.0.row.0.activity"]')
            page.fill('input[name="app.0.sec.0.title"]', "Подготовка к ВПР")
            page.fill('textarea[name="app.0.sec.0.row.0.activity"]', "Совещание руководителей ОО")
            page.fill('textarea[name="app.0.sec.0.row.0.due"]', "январь 2024")
            page.fill('textarea[name="app.0.sec.0.row.0.responsible"]', "Белова Е.О.")
            page.click(".order-actions button[value='check']")
            page.wait_for_selector("form.order-form")
            page.screenshot(path=f"{shots}/16-order-form.png", full_page=True)
            check("Ошибок нет" in page.content(), "the drafted order has no problems")
            page.click("button:has-text('Сохранить')")
            page.wait_for_url("**/orders/*")
            order_url = page.url

            server.stop()
            server.start()
            page.goto(base + "/orders")
            page.screenshot(path=f"{shots}/17-orders-after-restart.png", full_page=True)
            check(page.locator("table.orders tbody tr").count() == 1, "the order is still there after a restart")
            page.click("text=О проведении всероссийских проверочных работ в 2024 году")
            page.wait_for_selector("form.order-form")
            check(page.url == order_url, "the order reopens from the list")
            check(page.input_value('textarea[name="app.0.sec.0.row.0.activity"]') == "Совещание руководителей ОО",
                  "the reopened order has its plan")
            with page.expect_download() as download_info:
                page.click("button[value='download:docx']")
            order_folder = os.path.join(work, "order")
            os.makedirs(order_folder)
            order_name = download_info.value.suggested_filename
            download_info.value.save_as(os.path.join(order_folder, order_name))
            check(order_name.endswith(".docx"), f"the order downloads as DOCX ({order_name})")
            missing = open_with_libreoffice(order_folder, [order_name], work)
            check(not missing, "LibreOffice opens the order")
            register_orders(page, base, work, shots, order_url)

            page.goto(base + "/monitorings")
            page.screenshot(path=f"{shots}/08-after-restart.png", full_page=True)
            check(page.locator("table.grid tbody tr").count() == 1, "the monitoring is still there after a restart")
            page.goto(rating_url)
            check(page.locator("table.rating tbody tr").count() == 26, "its rating too")
            history_across_years(page, base, binary, data, work, shots)
            check(not errors, f"no script errors in the console ({errors[:2]})")
            browser.close()
    finally:
        server.stop()
        log.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
