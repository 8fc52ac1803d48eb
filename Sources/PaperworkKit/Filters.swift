import TemplateEngine

/// The filters Paperwork's templates may use.
public enum Filters {
    /// The standard filters; later modules add theirs here.
    public static let all: FilterRegistry = FilterRegistry.standard
}
