import RussianText

/// Bounds on the work one template may cause, so that a mistaken or hostile template (loops
/// nested by accident, a list of millions, blocks nested thousands deep) fails quickly with a
/// located problem instead of running for hours or exhausting memory.
///
/// Rendering is bounded per part (the body, each header, footer and notes part); nesting is
/// checked when the template is compiled.
public struct TemplateBudget: Sendable, Equatable {
    /// Most steps one part's rendering may take: each loop iteration and each evaluated tag
    /// (a value, a loop's list, a condition) is one step.
    public var maxSteps: Int
    /// Most bytes of markup one rendered part may grow to.
    public var maxPartBytes: Int

    /// - Parameters:
    ///   - maxSteps: most loop iterations and tag evaluations per part (5 million by default:
    ///     a rating of 10 000 schools takes a few hundred thousand).
    ///   - maxPartBytes: most bytes of markup per rendered part (50 MB by default).
    public init(maxSteps: Int = 5_000_000, maxPartBytes: Int = 50 << 20) {
        self.maxSteps = maxSteps
        self.maxPartBytes = maxPartBytes
    }

    /// The budget every rendering gets unless told otherwise.
    public static let standard = TemplateBudget()

    /// The deepest nesting of blocks (`{% for %}`, `{% if %}`) a template may have.
    public static let maxNesting = 100
}

extension TemplateBudget {
    /// `maxSteps` as Russian text reads it: «5 000 000».
    var stepsText: String { RussianNumber.format(Double(maxSteps), decimals: 0) }

    /// `maxPartBytes` as Russian text reads it: «50 МБ».
    var partSizeText: String {
        maxPartBytes >= 1 << 20
            ? "\(maxPartBytes >> 20) МБ" : RussianNumber.format(Double(maxPartBytes), decimals: 0) + " байт"
    }
}
