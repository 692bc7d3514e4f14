import HTTPTypes
import OasisCore

/// The register of major hazard sources (GB 18218-2018): list, get, create or replace, delete, import and the summary
/// per region.
extension APICatalogue {
    static let majorHazards: [APIOperation] = [
        APIOperation(
            method: .get, path: "/api/v1/lifeline/hazards", operationID: "listMajorHazards",
            summary:
                "Hazard sources of the register inside the caller's scope, each with GB 18218-2018's figures worked out from its inventory: alpha (table 5, from the people within 500 m), ratioSum S = Σ q/Q (a major hazard at S ≥ 1), r R = α Σ β q/Q and grade 1–4 (table 6; null below S = 1).",
            tag: "lifeline", parameters: [.queryParameter("region", "division code: only sources of this region and below")],
            responses: answers([200: "MajorHazardList"])),
        APIOperation(
            method: .put, path: "/api/v1/lifeline/hazards", operationID: "importMajorHazards",
            summary:
                "Import hazard sources from CSV or XLSX (template: /api/v1/imports/templates/major-hazards.xlsx; one row per source and substance: code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes; docs/import-formats.md) or JSON ({\"items\": [source…]}); known codes are replaced; all or nothing, every problem named by line (CSV) or row (XLSX) and column (or [index].field).",
            tag: "lifeline", requestBody: .csv, responses: answers([200: "LifelineImportSummary", 413: "Error"])),
        APIOperation(
            method: .get, path: "/api/v1/lifeline/hazards/{hazard}", operationID: "getMajorHazard", summary: "One hazard source with its figures.",
            tag: "lifeline", parameters: [.pathParameter("hazard", "the source's code")], responses: answers([200: "MajorHazard", 404: "Error"])),
        APIOperation(
            method: .put, path: "/api/v1/lifeline/hazards/{hazard}", operationID: "putMajorHazard",
            summary:
                "Create or replace one hazard source (the body's code must be the path's); its figures are worked out anew; an unknown unit or region, a substance the tables do not know, a negative quantity or bad coordinates are refused naming the field.",
            tag: "lifeline", parameters: [.pathParameter("hazard", "the source's code")], requestBody: .json(schema: "MajorHazard"),
            responses: answers([200: "MajorHazard"])),
        APIOperation(
            method: .delete, path: "/api/v1/lifeline/hazards/{hazard}", operationID: "deleteMajorHazard",
            summary: "Delete one hazard source (audited), answering it as it was.", tag: "lifeline",
            parameters: [.pathParameter("hazard", "the source's code")], responses: answers([200: "MajorHazard", 404: "Error"])),
        APIOperation(
            method: .get, path: "/api/v1/lifeline/hazard-regions", operationID: "majorHazardRegions",
            summary:
                "Per region holding a source (its own and those of the regions below it): the sources, the major hazards of each grade 1–4 and the region's colour on the four-colour risk map (the worst grade: 1 red, 2 orange, 3 yellow, 4 blue; null without a major hazard).",
            tag: "lifeline", parameters: [.queryParameter("region", "division code: only this region and those below it")],
            responses: answers([200: "MajorHazardRegionList"])),
    ]
}
