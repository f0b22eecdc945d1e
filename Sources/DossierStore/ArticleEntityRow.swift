/// One `article_entity` row: an entity's mentions in an article and the article's claims
/// about it.
struct ArticleEntityRow {
    let article: Int64
    let entity: Int64
    let mentions: Int
    let spans: String
    /// Ids of the article's claims that name the entity, ascending.
    let claims: [Int64]

    init(_ article: Int64, _ entity: Int64, _ mentions: Int, _ spans: String, _ claims: [Int64]) {
        self.article = article
        self.entity = entity
        self.mentions = mentions
        self.spans = spans
        self.claims = claims
    }
}
