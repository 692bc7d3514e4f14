/// The page of the register of major hazard sources: the four-colour risk map by region, the regions' counts by
/// grade and the sources with GB 18218-2018's figures.
enum MajorHazardTemplates {
    static let page = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/lifeline">{{t.nav_lifeline}}</a></li><li>{{t.hazard_title}}</li></ol></nav>
        <h1 id="hazards-title">{{t.hazard_title}}</h1>
        <p>{{t.hazard_intro}}</p>
        {{^sources}}<p id="no-hazards">{{t.hazard_none}}</p>{{/sources}}
        {{#map}}<div class="chart" id="hazard-map">{{{map}}}</div>{{/map}}
        {{#hasRegions}}<h2 id="hazard-regions-title">{{t.hazard_regions_title}}</h2>
        <div class="scroll"><table class="list" id="hazard-regions" aria-labelledby="hazard-regions-title">
          <thead><tr><th scope="col">{{t.hazard_col_region}}</th><th scope="col" class="num">{{t.hazard_col_sources}}</th>{{#gradeHeads}}<th scope="col" class="num">{{label}}</th>{{/gradeHeads}}<th scope="col">{{t.hazard_col_colour}}</th></tr></thead>
          <tbody>{{#regions}}<tr class="risk-{{colourKey}}"><td lang="{{regionLang}}">{{region}}</td><td class="num">{{sources}}</td>{{#counts}}<td class="num">{{.}}</td>{{/counts}}<td><svg width="12" height="12" aria-hidden="true"><rect x="0.5" y="0.5" width="11" height="11" fill="{{fill}}" stroke="#1d2b2a"/></svg> {{colour}}</td></tr>{{/regions}}</tbody>
        </table></div>{{/hasRegions}}
        {{#hasSources}}<h2 id="hazard-sources-title">{{t.hazard_sources_title}}</h2>
        <div class="scroll"><table class="list" id="hazard-sources" aria-labelledby="hazard-sources-title">
          <thead><tr><th scope="col">{{t.hazard_col_code}}</th><th scope="col">{{t.hazard_col_name}}</th><th scope="col">{{t.hazard_col_owner}}</th><th scope="col">{{t.hazard_col_region}}</th><th scope="col">{{t.hazard_col_inventory}}</th><th scope="col" class="num">{{t.hazard_col_people}}</th><th scope="col" class="num">α</th><th scope="col" class="num">{{t.hazard_col_ratio}} <span translate="no">S = Σq/Q</span></th><th scope="col" class="num">{{t.hazard_col_r}} <span translate="no">R</span></th><th scope="col">{{t.hazard_col_grade}}</th></tr></thead>
          <tbody>{{#sources}}<tr class="risk-{{colourKey}}" id="hazard-{{code}}"><td translate="no">{{code}}</td><td lang="{{nameLang}}">{{name}}</td><td translate="no">{{owner}}</td><td lang="{{regionLang}}">{{region}}</td>
            <td><ul class="plain">{{#items}}<li><span lang="{{lang}}">{{substance}}</span> {{tonnes}}</li>{{/items}}</ul></td><td class="num">{{people}}</td><td class="num">{{alpha}}</td><td class="num">{{ratio}}</td><td class="num">{{r}}</td><td>{{grade}}</td></tr>{{/sources}}</tbody>
        </table></div>
        <p class="note">{{t.hazard_method}}</p>{{/hasSources}}
        {{#canImport}}<div id="hazard-template" class="note"><p><a href="/api/v1/imports/templates/major-hazards.xlsx?lang={{lang}}" download>{{t.import_template_major_hazards}}</a></p><p dir="ltr" translate="no"><code>PUT /api/v1/lifeline/hazards</code><br><code>oasis lifeline hazards import FILE</code></p></div>{{/canImport}}
        """
}
