import ArgumentParser
import DossierExtraction
import DossierIngest

/// `--title --outlet --published --url --author`: metadata that fills or overrides the file's.
struct MetadataOptions: ParsableArguments {
    @Option(help: "The article's title.") var title: String?
    @Option(help: "The outlet that published it, e.g. CnEVPost.") var outlet: String?
    @Option(help: ArgumentHelp("The publication date; relative dates (\"today\", \"last week\") resolve against it.", valueName: "YYYY-MM-DD"))
    var published: String?
    @Option(help: "The article's URL.") var url: String?
    @Option(help: "The article's author.") var author: String?

    func validate() throws {
        if let published, SimpleDate(iso: published) == nil {
            throw ValidationError("--published \"\(published)\" is not a date like 2023-02-14")
        }
    }

    var overrides: MetadataOverrides {
        MetadataOverrides(title: title, outlet: outlet, published: published, url: url, author: author)
    }
}
