/// Whether a package is a document or a template for documents (Word `.dotx`, OpenDocument
/// `.ott`). Both open and render alike; what is written from a template is a document.
enum PackageRole {
    case document
    case template
}
