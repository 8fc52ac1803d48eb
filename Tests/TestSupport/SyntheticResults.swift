import Foundation

/// Results of the ВПР objectivity monitoring (Examples/methodologies/vpr-objectivity.yaml) for any
/// number of fictional schools, as a UTF-8 CSV: the example's columns, values varied
/// deterministically. `variant` shifts the values, so two variants give different documents.
public enum SyntheticResults {
    static let heads = [
        "Орлова Ирина Петровна", "Воронцов Андрей Сергеевич", "Климова Татьяна Юрьевна",
        "Зайцев Олег Николаевич",
    ]
    static let bias = [
        "отсутствует в списке Рособрнадзора", "присутствует в списке", "присутствует в списке два года и более",
    ]
    static let observation = [
        "по всем предметам и всем параллелям", "не по всем предметам и не всем параллелям", "не организовано",
    ]
    static let analysis = ["качественный анализ", "статистический анализ", "отсутствие анализа"]

    /// The CSV text for `count` schools.
    public static func csv(schools count: Int, variant: Int = 0) -> String {
        var text =
            "Код;Наименование ОО;Руководитель;fis_oko;materials;objectivity;bias_list;observation;analysis;"
            + "attitude.site;attitude.schedule;attitude.training;attitude.regulations;attitude.survey;"
            + "Всего работ;Перепроверено работ;Отметка подтверждена\n"
        for row in 0..<count {
            let index = row + variant
            let flags = (0..<5).map { (index + $0) % 3 == 0 ? "нет" : "да" }.joined(separator: ";")
            text +=
                "B-\(row + 1);МБОУ «СОШ № \(row + 1)»;\(heads[index % heads.count]);\(3 - index % 2);\(20 - index % 4);"
                + "\(index % 7);\(bias[index % 9 == 0 ? 1 : 0]);\(observation[index % 3]);\(analysis[(index + 1) % 3]);"
                + "\(flags);\(100 + index % 50);\(20 + index % 5);\(18 + index % 3)\n"
        }
        return text
    }

    /// Writes the CSV for `count` schools into `folder` as `name` and returns its path.
    public static func write(schools count: Int, variant: Int = 0, into folder: URL, name: String) throws -> String {
        let file = folder.appendingPathComponent(name)
        try Data(csv(schools: count, variant: variant).utf8).write(to: file)
        return file.path
    }
}
