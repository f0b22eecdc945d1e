/// A report's claims, `c`, reached through the articles relaying it, `ra` (constrain
/// `ra.report_id`): a seek in `report_article`, then one in `claim_article` per article.
/// Claims carry no index by report, which ingest would pay for claim by claim.
let reportClaimsSQL = "report_article ra JOIN claim c ON c.article_id = ra.article_id AND c.report_id = ra.report_id"
