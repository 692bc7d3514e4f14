/// The Xinjiang implementation opinions on high-quality urban development (2025-10-31) as data: sections and
/// the 28 numbered measures, each with a short summary in Oasis's own words and the indicators that measure it.
///
/// `titleZh` of a measure is the policy's own heading (the text after its number, up to the first 。); the
/// section titles are the policy's headings with Chinese punctuation. Summaries paraphrase the measure and are
/// not quotations. `indicators` lists codes of `MOHURDBasicFramework` that track progress on the measure, and
/// is empty where no indicator of that framework fits. The closing section (number 10) has no numbered
/// measures; it orders the urban-development evaluation system and the "strategic plan → implementation
/// scheme → project" (战略规划—实施方案—项目建设) promotion mechanism this data feeds.
/// `scripts/check-policy.py` validates this table.
public enum XinjiangPolicy2025 {
    public static let json = #"""
        {
          "id": "xj-urban-development-2025",
          "level": "province",
          "region": "650000",
          "issuedOn": "2025-10-31",
          "issuerZh": "新疆维吾尔自治区党委、自治区人民政府",
          "issuerEn": "Party Committee and People's Government of the Xinjiang Uygur Autonomous Region",
          "issuers": {"ug": "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق پارتكوم، ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى"},
          "titleZh": "自治区党委自治区人民政府关于进一步推动城市高质量发展的实施意见",
          "titleEn": "Implementation Opinions of the Party Committee and the People's Government of the Autonomous Region on Further Promoting High-Quality Urban Development",
          "titles": {"ug": "ئاپتونوم رايونلۇق پارتكوم ۋە ئاپتونوم رايونلۇق خەلق ھۆكۈمىتىنىڭ شەھەرلەرنىڭ يۇقىرى سۈپەتلىك تەرەققىياتىنى تېخىمۇ ئىلگىرى سۈرۈش توغرىسىدىكى ئىجرا پىكرى"},
          "sections": [
            {"number": 1, "titleZh": "总体要求", "titleEn": "General requirements", "titles": {"ug": "ئومۇمىي تەلەپ"}},
            {"number": 2, "titleZh": "将铸牢中华民族共同体意识主线贯穿城市工作全过程", "titleEn": "Make forging a strong sense of community of the Chinese nation the main thread of all urban work", "titles": {"ug": "جۇڭخۇا مىللەتلىرى ئورتاق گەۋدىسى ئېڭىنى مۇستەھكەم ئورنىتىشتىن ئىبارەت ئاساسىي لىنىيىنى شەھەر خىزمىتىنىڭ پۈتكۈل جەريانىغا سىڭدۈرۈش"}},
            {"number": 3, "titleZh": "坚持系统观念，优化现代化城市体系", "titleEn": "Take a systems approach and optimise the modern urban system", "titles": {"ug": "سىستېمىلىق قاراشتا چىڭ تۇرۇپ، زامانىۋى شەھەر سىستېمىسىنى ئەلالاشتۇرۇش"}},
            {"number": 4, "titleZh": "激活发展动能，提升城市创新开放活力", "titleEn": "Activate growth drivers and raise cities' capacity for innovation and openness", "titles": {"ug": "تەرەققىيات ھەرىكەتلەندۈرگۈچ كۈچىنى جانلاندۇرۇپ، شەھەرنىڭ يېڭىلىق يارىتىش ۋە ئېچىۋېتىش ھاياتىي كۈچىنى ئۆستۈرۈش"}},
            {"number": 5, "titleZh": "坚持内涵集约发展，营造高品质城市空间", "titleEn": "Pursue intensive, quality-led development and create high-quality urban space", "titles": {"ug": "مەزمۇنلۇق ۋە تېجەشلىك تەرەققىياتتا چىڭ تۇرۇپ، يۇقىرى سۈپەتلىك شەھەر بوشلۇقى يارىتىش"}},
            {"number": 6, "titleZh": "保护绿洲城市生态系统，推进城市发展绿色转型", "titleEn": "Protect the ecosystems of oasis cities and advance the green transition of urban development", "titles": {"ug": "بوستانلىق شەھەرلىرىنىڭ ئېكولوگىيە سىستېمىسىنى قوغداپ، شەھەر تەرەققىياتىنىڭ يېشىل ئۆزگىرىشىنى ئىلگىرى سۈرۈش"}},
            {"number": 7, "titleZh": "统筹发展和安全，提高城市安全韧性水平", "titleEn": "Balance development and security and raise urban safety and resilience", "titles": {"ug": "تەرەققىيات بىلەن بىخەتەرلىكنى ئومۇميۈزلۈك پىلانلاپ، شەھەرنىڭ بىخەتەرلىك ۋە چىدامچانلىق سەۋىيىسىنى ئۆستۈرۈش"}},
            {"number": 8, "titleZh": "彰显文化自信，促进城市文化繁荣发展", "titleEn": "Show cultural confidence and help urban culture flourish", "titles": {"ug": "مەدەنىيەت ئىشەنچىنى نامايان قىلىپ، شەھەر مەدەنىيىتىنىڭ گۈللىنىپ تەرەققىي قىلىشىنى ئىلگىرى سۈرۈش"}},
            {"number": 9, "titleZh": "坚持法治数智一体推进，全面提升城市治理能力", "titleEn": "Advance the rule of law and digital intelligence together to raise urban governance capacity across the board", "titles": {"ug": "قانۇن بويىچە ئىدارە قىلىش بىلەن رەقەملىك ئەقلىيلەشتۈرۈشنى بىر گەۋدە قىلىپ ئىلگىرى سۈرۈپ، شەھەر باشقۇرۇش ئىقتىدارىنى ئومۇميۈزلۈك ئۆستۈرۈش"}},
            {"number": 10, "titleZh": "加强党的全面领导，完善城市高质量发展体制机制", "titleEn": "Strengthen the Party's overall leadership and improve the institutions and mechanisms for high-quality urban development", "titles": {"ug": "پارتىيىنىڭ ئومۇميۈزلۈك رەھبەرلىكىنى كۈچەيتىپ، شەھەرنىڭ يۇقىرى سۈپەتلىك تەرەققىيات تۈزۈلمىسى ۋە مېخانىزمىنى مۇكەممەللەشتۈرۈش"}}
          ],
          "measures": [
            {
              "number": 1,
              "section": 2,
              "titleZh": "推动城市成为各族群众向往的共同家园",
              "titleEn": "Make cities a shared home that people of all ethnic groups aspire to",
              "titles": {"ug": "شەھەرنى ھەر مىللەت ئاممىسى تەلپۈنىدىغان ئورتاق ماكانغا ئايلاندۇرۇش"},
              "summaryZh": "以互嵌式居住和发展的政策与机制、青少年交往和团结活动为抓手，让城市成为各民族共同生活、彼此认同的家园。",
              "summaryEn": "Build policies and mechanisms for ethnic groups to live and develop side by side, backed by youth exchanges and unity activities, so that cities become a home all groups share.",
              "summaries": {"ug": "ھەر مىللەتنىڭ ئۆز-ئارا گىرەلىشىپ ئولتۇراقلىشىشى ۋە تەرەققىي قىلىشىغا دائىر سىياسەت ۋە مېخانىزملارنى، ئۆسمۈرلەرنىڭ بېرىش-كېلىشى ۋە ئىتتىپاقلىق پائالىيەتلىرىنى تۇتقا قىلىپ، شەھەرنى ھەر مىللەت بىللە ياشايدىغان، بىر-بىرىنى ئېتىراپ قىلىدىغان ماكانغا ئايلاندۇرۇش."},
              "indicators": []
            },
            {
              "number": 2,
              "section": 2,
              "titleZh": "促进各族群众融入城市现代文明生活",
              "titleEn": "Help people of all ethnic groups integrate into modern urban life",
              "titles": {"ug": "ھەر مىللەت ئاممىسىنىڭ شەھەرنىڭ ھازىرقى زامان مەدەنىيەتلىك تۇرمۇشىغا سىڭىپ كىرىشىنى ئىلگىرى سۈرۈش"},
              "summaryZh": "以文化润疆和通用语言教育帮助各族群众适应城市生活；改进流动人口服务，并在就业、社保、租房、上学看病等方面给予保障。",
              "summaryEn": "Help people of every ethnic group settle into city life through cultural programmes, national-language education and better migrant services, with secure jobs, social insurance, rental housing, schooling and care.",
              "summaries": {"ug": "مەدەنىيەت ئارقىلىق شىنجاڭنى نەملەندۈرۈش ۋە دۆلەت ئورتاق تىلى مائارىپى ئارقىلىق ھەر مىللەت ئاممىسىنىڭ شەھەر تۇرمۇشىغا ماسلىشىشىغا ياردەم بېرىش؛ ئېقىن نوپۇسقا بولغان مۇلازىمەتنى ياخشىلاپ، ئىشقا ئورۇنلىشىش، ئىجتىمائىي سۇغۇرتا، ئۆي ئىجارىگە ئېلىش، ئوقۇش ۋە داۋالىنىش قاتارلىق جەھەتلەردە كاپالەتلىك قىلىش."},
              "indicators": []
            },
            {
              "number": 3,
              "section": 2,
              "titleZh": "更加彰显新疆城市的中国气质、中国风范",
              "titleEn": "Give Xinjiang's cities a more distinctly Chinese character and style",
              "titles": {"ug": "شىنجاڭ شەھەرلىرىنىڭ جۇڭگوچە خاراكتېرى ۋە جۇڭگوچە ئۇسلۇبىنى تېخىمۇ گەۋدىلەندۈرۈش"},
              "summaryZh": "通过规划管控以及城市和建筑设计管理，把中华文化元素融入城市风貌，并稳步清理不规范的地名。",
              "summaryEn": "Use planning controls and urban and architectural design review to weave Chinese cultural elements into the cityscape, and steadily correct non-standard place names.",
              "summaries": {"ug": "پىلانلاش ئارقىلىق كونترول قىلىش ھەمدە شەھەر ۋە بىناكارلىق لايىھەسىنى باشقۇرۇش ئارقىلىق جۇڭخۇا مەدەنىيىتى ئېلېمېنتلىرىنى شەھەر قىياپىتىگە سىڭدۈرۈش، ئۆلچەمگە ئۇيغۇن بولمىغان يەر ناملىرىنى تەدرىجىي رەتلەش."},
              "indicators": []
            },
            {
              "number": 4,
              "section": 3,
              "titleZh": "建设现代化城市群和都市圈",
              "titleEn": "Build modern city clusters and metropolitan areas",
              "titles": {"ug": "زامانىۋى شەھەر توپى ۋە چوڭ شەھەر چەمبىرىكى بەرپا قىلىش"},
              "summaryZh": "以乌鲁木齐为核心推动昌吉、五家渠、阜康同城化，建设天山北坡城市群；南北疆和兵地统筹，形成分工互补的城市格局。",
              "summaryEn": "Grow the Urumqi metropolitan area with Changji, Wujiaqu and Fukang, build the northern Tianshan city cluster, and join south and north, Corps and local cities in one complementary system.",
              "summaries": {"ug": "ئۈرۈمچىنى يادرو قىلىپ، سانجى، ۋۇجياچۈ ۋە فۇكاڭنىڭ ئۈرۈمچى بىلەن بىر شەھەرلىشىشىنى ئىلگىرى سۈرۈش، تەڭرىتاغنىڭ شىمالىي ئېتىكى شەھەر توپىنى بەرپا قىلىش؛ جەنۇبىي ۋە شىمالىي شىنجاڭنى، بىڭتۇەن بىلەن يەرلىكنى ئومۇميۈزلۈك پىلانلاپ، ئىش تەقسىماتى ئېنىق، بىر-بىرىنى تولۇقلايدىغان شەھەر ئورۇنلاشتۇرۇلۇشىنى شەكىللەندۈرۈش."},
              "indicators": ["P01"]
            },
            {
              "number": 5,
              "section": 3,
              "titleZh": "建设区域中心城市",
              "titleEn": "Build regional central cities",
              "titles": {"ug": "رايون مەركىزى شەھەرلىرىنى بەرپا قىلىش"},
              "summaryZh": "实施“强首府”战略，增强乌鲁木齐集聚资源和带动全疆的能力，并把喀什、伊宁培育为副中心，形成南北疆增长极。",
              "summaryEn": "Strengthen Urumqi as capital and western hub through its pull on talent, capital and technology, and develop Kashgar and Yining as sub-centres and growth poles for the south and north.",
              "summaries": {"ug": "«ئاپتونوم رايون مەركىزىنى كۈچلەندۈرۈش» ئىستراتېگىيەسىنى يولغا قويۇپ، ئۈرۈمچىنىڭ مەنبەلەرنى توپلاش ۋە پۈتۈن شىنجاڭنى ئېلىپ مېڭىش ئىقتىدارىنى ئاشۇرۇش، قەشقەر ۋە غۇلجىنى قوشۇمچە مەركەز قىلىپ يېتىشتۈرۈپ، جەنۇبىي ۋە شىمالىي شىنجاڭنىڭ ئېشىش قۇتۇبىغا ئايلاندۇرۇش."},
              "indicators": ["P01", "U28", "U30"]
            },
            {
              "number": 6,
              "section": 3,
              "titleZh": "推动大中小城市和小城镇协调发展",
              "titleEn": "Promote coordinated development of large, medium and small cities and small towns",
              "titles": {"ug": "چوڭ، ئوتتۇرا ۋە كىچىك شەھەرلەر بىلەن كىچىك بازارلارنىڭ ماسلاشقان تەرەققىياتىنى ئىلگىرى سۈرۈش"},
              "summaryZh": "各城市明确在全疆城镇体系中的定位，规划一经确定持续执行；加快重点城市建设，推动资源型城市转型，发展县域经济和小城镇。",
              "summaryEn": "Each city finds its role in the regional urban hierarchy and keeps to one binding plan; key cities are built up faster, resource cities made sustainable, and county economies and small towns developed.",
              "summaries": {"ug": "ھەر قايسى شەھەرنىڭ پۈتۈن شىنجاڭ شەھەر-بازارلار سىستېمىسىدىكى ئورنىنى ئېنىقلاش، پىلان بىر قېتىم بېكىتىلگەندىن كېيىن ئۇنى ئىزچىل ئىجرا قىلىش؛ مۇھىم شەھەرلەرنىڭ قۇرۇلۇشىنى تېزلىتىش، بايلىق تىپىدىكى شەھەرلەرنىڭ تىپ ئۆزگەرتىشىنى ئىلگىرى سۈرۈش، ناھىيە ئىگىلىكى ۋە كىچىك بازارلارنى راۋاجلاندۇرۇش."},
              "indicators": ["P01", "P02"]
            },
            {
              "number": 7,
              "section": 3,
              "titleZh": "深入推进城乡融合发展",
              "titleEn": "Deepen integrated urban–rural development",
              "titles": {"ug": "شەھەر-يېزىلارنىڭ يۇغۇرۇلۇپ تەرەققىي قىلىشىنى چوڭقۇر ئىلگىرى سۈرۈش"},
              "summaryZh": "以县城为主要依托分类推进城镇化，统一布局城乡基础设施和公共服务，让进城的农业转移人口与本地户籍居民享有同等权利。",
              "summaryEn": "Urbanise with county seats as the main hubs, plan infrastructure and public services across town and country together, and give rural migrants the same rights as registered residents.",
              "summaries": {"ug": "ناھىيە بازىرىنى ئاساسلىق تايانچ قىلىپ، شەھەرلىشىشنى تۈرگە ئايرىپ ئىلگىرى سۈرۈش، شەھەر-يېزىلارنىڭ ئۇل ئەسلىھەلىرى ۋە ئاممىۋى مۇلازىمىتىنى بىرلىككە كەلتۈرۈپ ئورۇنلاشتۇرۇش، يېزا ئىگىلىكىدىن يۆتكىلىپ شەھەرگە كىرگەن نوپۇسنىڭ يەرلىك نوپۇسقا ئالدۇرغان ئاھالىلەر بىلەن ئوخشاش ھوقۇقتىن بەھرىمەن بولۇشىنى كاپالەتلەندۈرۈش."},
              "indicators": ["P02", "P03", "U17"]
            },
            {
              "number": 8,
              "section": 4,
              "titleZh": "因城施策增强城市发展动力",
              "titleEn": "Strengthen each city's growth drivers with city-specific policies",
              "titles": {"ug": "شەھەرگە قاراپ سىياسەت يۈرگۈزۈپ، شەھەر تەرەققىياتىنىڭ ھەرىكەتلەندۈرگۈچ كۈچىنى ئاشۇرۇش"},
              "summaryZh": "各城市依据自身条件升级传统产业、培育新兴和未来产业，发展生产性服务业和区域科创中心，并借旅游和冰雪经济建设消费中心。",
              "summaryEn": "Each city upgrades traditional industries, grows new and future ones, builds producer services and regional innovation centres, and uses tourism and winter sports to become a consumption hub.",
              "summaries": {"ug": "ھەر قايسى شەھەرنىڭ ئۆز شارائىتىغا ئاساسەن ئەنئەنىۋى كەسىپلەرنى يۈكسەلدۈرۈشى، يېڭىدىن گۈللىنىۋاتقان ۋە كەلگۈسى كەسىپلەرنى يېتىشتۈرۈشى، ئىشلەپچىقىرىش خاراكتېرلىك مۇلازىمەت كەسپى ۋە رايونلۇق پەن-تېخنىكا يېڭىلىق يارىتىش مەركەزلىرىنى راۋاجلاندۇرۇشى، ساياھەت ۋە مۇز-قار ئىگىلىكىگە تايىنىپ ئىستېمال مەركىزى بەرپا قىلىشى."},
              "indicators": ["U28", "U30"]
            },
            {
              "number": 9,
              "section": 4,
              "titleZh": "高质量开展城市更新",
              "titleEn": "Carry out high-quality urban renewal",
              "titles": {"ug": "شەھەر يېڭىلاشنى يۇقىرى سۈپەتتە ئېلىپ بېرىش"},
              "summaryZh": "依据专项规划把城市体检和城市更新结合起来，改造老旧小区、街区、厂区和城中村，提升产业园区，盘活低效和存量用地。",
              "summaryEn": "Link city health checks to renewal under a dedicated plan: retrofit old housing estates, blocks, factory areas and urban villages, upgrade industrial parks, and reuse idle or underused land.",
              "summaries": {"ug": "مەخسۇس پىلانغا ئاساسەن شەھەر سالامەتلىك تەكشۈرۈشى بىلەن شەھەر يېڭىلاشنى بىرلەشتۈرۈش، كونا ئولتۇراق رايونلىرى، كوچا رايونلىرى، زاۋۇت رايونلىرى ۋە شەھەر ئىچىدىكى يېزىلارنى ئۆزگەرتىش، سانائەت باغچىلىرىنى يۈكسەلدۈرۈش، ئۈنۈمى تۆۋەن ۋە ئىشلىتىلمەي ياتقان مەۋجۇت يەرلەرنى جانلاندۇرۇش."},
              "indicators": ["D01", "D02", "D03", "D04", "D05", "D06", "B06", "B07", "B08", "U29"]
            },
            {
              "number": 10,
              "section": 4,
              "titleZh": "深化城市建设投融资体制改革",
              "titleEn": "Deepen reform of investment and financing for urban construction",
              "titles": {"ug": "شەھەر قۇرۇلۇشىنىڭ مەبلەغ سېلىش ۋە مەبلەغ توپلاش تۈزۈلمىسى ئىسلاھاتىنى چوڭقۇرلاشتۇرۇش"},
              "summaryZh": "由地方政府牵头整合财政、社会资本和金融资金，创新政策工具，稳妥调整公用事业价格，推动融资平台转型并严防新增隐性债务。",
              "summaryEn": "Local governments combine fiscal, private and financial funding with new policy tools, reform utility pricing carefully, transform financing platforms and prevent new hidden debt.",
              "summaries": {"ug": "يەرلىك ھۆكۈمەتنىڭ باشچىلىقىدا مالىيە مەبلىغى، ئىجتىمائىي مەبلەغ ۋە پۇل-مۇئامىلە مەبلىغىنى بىرلەشتۈرۈش، سىياسەت قوراللىرىنى يېڭىلاش، ئاممىۋى مۇلازىمەت ئىشلىرىنىڭ باھاسىنى پۇختا تەڭشەش، مەبلەغ توپلاش سۇپىلىرىنىڭ تىپ ئۆزگەرتىشىنى ئىلگىرى سۈرۈپ، يېڭىدىن يوشۇرۇن قەرز پەيدا بولۇشىنىڭ قەتئىي ئالدىنى ئېلىش."},
              "indicators": ["U29"]
            },
            {
              "number": 11,
              "section": 4,
              "titleZh": "提高城市开放合作水平",
              "titleEn": "Raise cities' level of openness and cooperation",
              "titles": {"ug": "شەھەرلەرنىڭ ئېچىۋېتىش ۋە ھەمكارلىق سەۋىيىسىنى ئۆستۈرۈش"},
              "summaryZh": "把乌鲁木齐、喀什、伊宁建成国际门户枢纽，培育区域开放节点，做强口岸经济以及塔城试验区、边合区和跨境电商试验区。",
              "summaryEn": "Make Urumqi, Kashgar and Yining international gateway hubs, develop regional opening nodes, and strengthen port economies, the Tacheng pilot zone, border cooperation zones and cross-border e-commerce zones.",
              "summaries": {"ug": "ئۈرۈمچى، قەشقەر ۋە غۇلجىنى خەلقئارالىق دەرۋازا خاراكتېرلىك قاتناش تۈگۈنىگە ئايلاندۇرۇش، رايونلۇق ئېچىۋېتىش تۈگۈنلىرىنى يېتىشتۈرۈش، پورت ئىگىلىكى ھەمدە چۆچەك سىناق رايونى، چېگرا ئىقتىسادىي ھەمكارلىق رايونلىرى ۋە چېگرا ھالقىغان ئېلېكترونلۇق سودا سىناق رايونلىرىنى كۈچەيتىش."},
              "indicators": []
            },
            {
              "number": 12,
              "section": 5,
              "titleZh": "积极打造城市市中心",
              "titleEn": "Actively build up city centres",
              "titles": {"ug": "شەھەر مەركىزىنى ئاكتىپلىق بىلەن بەرپا قىلىش"},
              "summaryZh": "通过紧凑布局和资源集中增强市中心的集聚作用，建设创新型和商务社区，守住开发边界防止无序扩张，并复合利用地上地下空间。",
              "summaryEn": "Concentrate resources in compact city centres, build innovation and business districts, hold the urban growth boundary against sprawl, and combine above- and below-ground uses.",
              "summaries": {"ug": "زىچ ئورۇنلاشتۇرۇش ۋە مەنبەلەرنى مەركەزلەشتۈرۈش ئارقىلىق شەھەر مەركىزىنىڭ توپلاش رولىنى كۈچەيتىش، يېڭىلىق يارىتىش تىپىدىكى ۋە سودا مەھەللىلىرىنى بەرپا قىلىش، شەھەر ئېچىش چېگراسىنى چىڭ ساقلاپ، تەرتىپسىز كېڭىيىشنىڭ ئالدىنى ئېلىش، يەر ئۈستى ۋە يەر ئاستى بوشلۇقىدىن بىرىكمە پايدىلىنىش."},
              "indicators": ["U09", "U15"]
            },
            {
              "number": 13,
              "section": 5,
              "titleZh": "推动“好房子”和完整社区建设",
              "titleEn": "Promote “good homes” and complete communities",
              "titles": {"ug": "«ياخشى ئۆي» ۋە مۇكەممەل مەھەللە قۇرۇلۇشىنى ئىلگىرى سۈرۈش"},
              "summaryZh": "探索房地产新模式，建设保障房并多供应高品质住房，以党建带动物业服务提升，完善社区嵌入式设施，形成便民生活圈。",
              "summaryEn": "Move to a new housing model with affordable housing and more high-quality homes, better property services led by Party organisations, and complete communities with embedded services and convenient living circles.",
              "summaries": {"ug": "ئۆي-مۈلۈك كەسپىنىڭ يېڭى ئەندىزىسىنى ئىزدىنىش، كاپالەتلىك تۇرالغۇ ئۆي سېلىش ۋە يۇقىرى سۈپەتلىك تۇرالغۇ بىلەن كۆپرەك تەمىنلەش، پارتىيە قۇرۇلۇشى ئارقىلىق مۈلۈك باشقۇرۇش مۇلازىمىتىنىڭ سۈپىتىنى ئۆستۈرۈش، مەھەللىگە سىڭدۈرۈلگەن ئەسلىھەلەرنى مۇكەممەللەشتۈرۈپ، ئاممىغا قولايلىق تۇرمۇش چەمبىرىكى شەكىللەندۈرۈش."},
              "indicators": ["D05", "D07", "D09", "D10", "C01", "C02", "C03", "C04", "C08", "C11"]
            },
            {
              "number": 14,
              "section": 5,
              "titleZh": "增强城市服务功能",
              "titleEn": "Strengthen cities' service functions",
              "titles": {"ug": "شەھەرنىڭ مۇلازىمەت ئىقتىدارىنى كۈچەيتىش"},
              "summaryZh": "完善就业、生活服务、养老托育和无障碍设施，建设全龄友好城市；按学生数量变化布局学校，加强基层医疗、体育设施和社会救助。",
              "summaryEn": "Improve job services, everyday services, elderly and child care and barrier-free access for all ages; plan schools ahead of pupil numbers, and strengthen primary health care, sports facilities and social assistance.",
              "summaries": {"ug": "ئىشقا ئورۇنلىشىش، تۇرمۇش مۇلازىمىتى، ياشانغانلار ۋە بوۋاقلارنى بېقىش ھەمدە توسالغۇسىز ئەسلىھەلەرنى مۇكەممەللەشتۈرۈپ، ھەممە ياشتىكىلەرگە دوستانە شەھەر بەرپا قىلىش؛ ئوقۇغۇچىلار سانىنىڭ ئۆزگىرىشىگە قاراپ مەكتەپلەرنى ئورۇنلاشتۇرۇش، ئاساسىي قاتلام داۋالاش، تەنتەربىيە ئەسلىھەلىرى ۋە ئىجتىمائىي ياردەمنى كۈچەيتىش."},
              "indicators": ["C01", "C02", "C03", "C04", "B01", "B02", "B04", "D07"]
            },
            {
              "number": 15,
              "section": 5,
              "titleZh": "完善城市基础设施",
              "titleEn": "Improve urban infrastructure",
              "titles": {"ug": "شەھەر ئۇل ئەسلىھەلىرىنى مۇكەممەللەشتۈرۈش"},
              "summaryZh": "更新老化破损的管网管线，建设新型基础设施以及5G、千兆光网和算力；完善路网、物流、骑行和步行系统，增加停车和充电设施。",
              "summaryEn": "Replace worn-out pipes and cables, build new-type infrastructure, 5G, gigabit fibre and computing capacity, improve roads, logistics, cycle lanes and footpaths, and add parking and charging points.",
              "summaries": {"ug": "كونىراپ بۇزۇلغان تۇرۇبا تورى ۋە لىنىيىلەرنى يېڭىلاش، يېڭى تىپتىكى ئۇل ئەسلىھەلەر ھەمدە 5G، گىگابىتلىق ئوپتىك تالا تورى ۋە ھېسابلاش ئىقتىدارىنى بەرپا قىلىش؛ يول تورى، ماددىي ئەشيا ئوبوروتى، ۋېلىسىپىت ۋە پىيادە مېڭىش سىستېمىسىنى مۇكەممەللەشتۈرۈش، ماشىنا توختىتىش ۋە توك قاچىلاش ئەسلىھەلىرىنى كۆپەيتىش."},
              "indicators": ["D02", "D06", "U18", "U20", "U25", "C05", "C06", "C07", "C09", "U16"]
            },
            {
              "number": 16,
              "section": 6,
              "titleZh": "提升城市生态环境质量",
              "titleEn": "Improve the quality of the urban ecological environment",
              "titles": {"ug": "شەھەر ئېكولوگىيىلىك مۇھىتىنىڭ سۈپىتىنى ئۆستۈرۈش"},
              "summaryZh": "治理大气、水和土壤污染，遏制地下水超采，保护饮用水源，让污水管网覆盖全城，并开展生态修复、噪声防治和防沙治沙。",
              "summaryEn": "Fight air, water and soil pollution, curb groundwater over-extraction, protect drinking-water sources, extend sewers to every district, restore ecosystems, cut noise and hold back the desert.",
              "summaries": {"ug": "ھاۋا، سۇ ۋە تۇپراق بۇلغىنىشىنى تىزگىنلەش، يەر ئاستى سۈيىنى ھەددىدىن زىيادە ئېلىشنى توسۇش، ئىچىملىك سۇ مەنبەلىرىنى قوغداش، پاسكىنا سۇ تۇرۇبا تورىنى پۈتۈن شەھەرگە يەتكۈزۈش، ئېكولوگىيەنى ئەسلىگە كەلتۈرۈش، شاۋقۇننىڭ ئالدىنى ئېلىش ھەمدە قۇملۇقنىڭ ئالدىنى ئېلىش ۋە قۇملۇقنى تىزگىنلەش خىزمەتلىرىنى قانات يايدۇرۇش."},
              "indicators": ["U01", "U05", "D08", "U08"]
            },
            {
              "number": 17,
              "section": 6,
              "titleZh": "推动减污降碳扩绿协同增效",
              "titleEn": "Advance pollution reduction, carbon cutting and greening in synergy",
              "titles": {"ug": "بۇلغىنىشنى ئازايتىش، كاربوننى تۆۋەنلىتىش ۋە يېشىللىقنى كېڭەيتىشنى ماسلاشتۇرۇپ ئۈنۈمىنى ئاشۇرۇش"},
              "summaryZh": "对能源、管网和交通设施进行节能降碳改造，推进低碳城市试点和冬季清洁取暖，推广绿色建筑与绿色社区，增加社区和口袋公园。",
              "summaryEn": "Retrofit energy, pipe and transport systems to save energy and carbon, pilot low-carbon cities and clean winter heating, spread green buildings and communities, and add community and pocket parks.",
              "summaries": {"ug": "ئېنېرگىيە، تۇرۇبا تورى ۋە قاتناش ئەسلىھەلىرىدە ئېنېرگىيە تېجەش ۋە كاربوننى تۆۋەنلىتىش ئۆزگەرتىشى ئېلىپ بېرىش، تۆۋەن كاربونلۇق شەھەر سىنىقى ۋە قىشتا پاكىز ئىسسىنىشنى ئىلگىرى سۈرۈش، يېشىل بىنا ۋە يېشىل مەھەللىلەرنى ئومۇملاشتۇرۇش، مەھەللە باغچىلىرى ۋە كىچىك باغچىلارنى كۆپەيتىش."},
              "indicators": ["U06", "D09", "U02", "U03", "U04"]
            },
            {
              "number": 18,
              "section": 6,
              "titleZh": "践行绿色低碳生活方式",
              "titleEn": "Practise green, low-carbon lifestyles",
              "titles": {"ug": "يېشىل ۋە تۆۋەن كاربونلۇق تۇرمۇش ئۇسۇلىنى ئەمەلىيەتتە ئىجرا قىلىش"},
              "summaryZh": "倡导节电、节水和减少食物浪费，坚持垃圾分类并与再生资源回收衔接，推广绿色装修和消费，优先发展公共交通。",
              "summaryEn": "Encourage saving power, water and food, keep sorting household waste and link it to recycling, promote green renovation and consumption, and give public transport priority.",
              "summaries": {"ug": "توك تېجەش، سۇ تېجەش ۋە يېمەكلىك ئىسراپچىلىقىنى ئازايتىشنى تەشەببۇس قىلىش، ئەخلەتنى تۈرگە ئايرىشنى چىڭ تۇتۇپ، ئۇنى قايتا پايدىلىنىدىغان ماتېرىياللارنى يىغىۋېلىش بىلەن ئۇلاش، يېشىل ئۆي بېزەش ۋە يېشىل ئىستېمالنى ئومۇملاشتۇرۇش، ئاممىۋى قاتناشنى ئالدىن تەرەققىي قىلدۇرۇش."},
              "indicators": ["C10", "U07", "U14", "U18"]
            },
            {
              "number": 19,
              "section": 7,
              "titleZh": "守牢城市公共安全底线",
              "titleEn": "Hold the bottom line of urban public security",
              "titles": {"ug": "شەھەر ئاممىۋى بىخەتەرلىكىنىڭ ئاستىنقى چېكىنى چىڭ ساقلاش"},
              "summaryZh": "完善立体化、信息化的治安防控，防范个人极端事件、群体性事件和重点领域风险，加强人员密集场所和小型场所的安全管理。",
              "summaryEn": "Strengthen multi-layered, IT-supported public-security prevention, guard against extreme individual acts, mass incidents and risks in key fields, and tighten safety control of crowded places and small venues.",
              "summaries": {"ug": "كۆپ قاتلاملىق، ئۇچۇرلاشقان جەمئىيەت ئامانلىقىنى ئالدىنى ئېلىش ۋە كونترول قىلىش سىستېمىسىنى مۇكەممەللەشتۈرۈش، شەخسلەر سادىر قىلغان چېكىدىن ئاشقان ۋەقەلەر، كوللېكتىپ ۋەقەلەر ۋە مۇھىم ساھەلەردىكى خەۋپ-خەتەرلەرنىڭ ئالدىنى ئېلىش، ئادەم زىچ سورۇنلار ۋە كىچىك سورۇنلارنىڭ بىخەتەرلىك باشقۇرۇشىنى كۈچەيتىش."},
              "indicators": []
            },
            {
              "number": 20,
              "section": 7,
              "titleZh": "加强房屋和重大基础设施安全管理",
              "titleEn": "Strengthen safety management of buildings and major infrastructure",
              "titles": {"ug": "ئۆي-ئىمارەتلەر ۋە زور ئۇل ئەسلىھەلەرنىڭ بىخەتەرلىك باشقۇرۇشىنى كۈچەيتىش"},
              "summaryZh": "建立房屋全生命周期安全管理制度，限制超高层建筑，改造预制板房并加固地震易发区房屋，管好自建房和群租房，建设生命线安全工程。",
              "summaryEn": "Manage building safety over the life cycle, restrict super-tall towers, rebuild precast-slab housing, reinforce buildings in seismic zones, regulate self-built and shared rentals, and protect lifeline infrastructure.",
              "summaries": {"ug": "ئۆي-ئىمارەتلەرنىڭ پۈتكۈل ئىشلىتىش مۇددىتىدىكى بىخەتەرلىك باشقۇرۇش تۈزۈمىنى ئورنىتىش، ئالاھىدە ئېگىز بىنالارغا چەكلىمە قويۇش، تەييار بېتون تاختايلىق ئۆيلەرنى ئۆزگەرتىش ۋە يەر تەۋرەش كۆپ يۈز بېرىدىغان رايونلاردىكى ئۆيلەرنى مۇستەھكەملەش، ئاھالە ئۆزى سالغان ئۆيلەر ۋە بۆلۈپ كۆپ كىشىگە ئىجارىگە بېرىلگەن ئۆيلەرنى ياخشى باشقۇرۇش، ھاياتلىق لىنىيىسى بىخەتەرلىك قۇرۇلۇشىنى بەرپا قىلىش."},
              "indicators": ["D01", "D02", "D03", "D04", "U10", "U19", "U21", "U25"]
            },
            {
              "number": 21,
              "section": 7,
              "titleZh": "强化重点行业重点领域安全生产",
              "titleEn": "Reinforce work safety in key industries and fields",
              "titles": {"ug": "مۇھىم كەسىپ ۋە مۇھىم ساھەلەردە بىخەتەر ئىشلەپچىقىرىشنى كۈچەيتىش"},
              "summaryZh": "在危化品、特种设备、施工、市政、交通和消防等领域落实安全责任，常态化排查隐患、培训从业人员，对重大风险源分级智能管控。",
              "summaryEn": "Enforce safety duties in hazardous chemicals, special equipment, construction, utilities, road traffic and fire safety, with routine hazard checks, worker training and tiered, smart control of major risk sources.",
              "summaries": {"ug": "خەتەرلىك خىمىيىلىك بۇيۇملار، ئالاھىدە ئۈسكۈنىلەر، قۇرۇلۇش، شەھەر ئاممىۋى ئەسلىھەلىرى، قاتناش ۋە ئوت مۇداپىئەسى قاتارلىق ساھەلەردە بىخەتەرلىك مەسئۇلىيىتىنى ئەمەلىيلەشتۈرۈش، يوشۇرۇن خەۋپلەرنى دائىملىق تەكشۈرۈش، خادىملارنى تەربىيەلەش، زور خەۋپ مەنبەلىرىنى دەرىجىگە ئايرىپ ئەقلىي ئىقتىدارلىق باشقۇرۇش ۋە كونترول قىلىش."},
              "indicators": ["U26", "U21"]
            },
            {
              "number": 22,
              "section": 7,
              "titleZh": "提高城市公共卫生防控水平",
              "titleEn": "Raise the level of urban public-health prevention and control",
              "titles": {"ug": "شەھەر ئاممىۋى سەھىيەسىنى ئالدىنى ئېلىش ۋە كونترول قىلىش سەۋىيىسىنى ئۆستۈرۈش"},
              "summaryZh": "改革疾控体系，建立跨部门、跨地区的联防联控，建设区域公共卫生中心和传染病防治基地，加强防控队伍和精神卫生服务。",
              "summaryEn": "Reform disease control, set up joint prevention across departments and regions, build regional public-health centres and infectious-disease bases, and strengthen the workforce and mental-health services.",
              "summaries": {"ug": "كېسەللىكنىڭ ئالدىنى ئېلىش ۋە كونترول قىلىش سىستېمىسىنى ئىسلاھ قىلىش، تارماقلار ۋە رايونلار ھالقىغان بىرلىكتە ئالدىنى ئېلىش ۋە بىرلىكتە كونترول قىلىش مېخانىزمىنى ئورنىتىش، رايونلۇق ئاممىۋى سەھىيە مەركىزى ۋە يۇقۇملۇق كېسەللىكلەرنىڭ ئالدىنى ئېلىش ۋە داۋالاش بازىسىنى بەرپا قىلىش، ئالدىنى ئېلىش ۋە كونترول قىلىش قوشۇنى ۋە روھىي ساغلاملىق مۇلازىمىتىنى كۈچەيتىش."},
              "indicators": []
            },
            {
              "number": 23,
              "section": 7,
              "titleZh": "加强应急处置和应急体系建设",
              "titleEn": "Strengthen emergency response and the emergency-management system",
              "titles": {"ug": "جىددىي بىر تەرەپ قىلىش ۋە جىددىي ئىنكاس سىستېمىسى قۇرۇلۇشىنى كۈچەيتىش"},
              "summaryZh": "制定巨灾预案，完善指挥、物资储备和专业救援队伍，建设平急两用设施和布局合理的避难场所，重点加强排水防涝应急能力。",
              "summaryEn": "Prepare catastrophe plans, build command, stockpiles and professional rescue teams, develop dual-use facilities and a well-sited shelter network, and above all strengthen drainage and flood response.",
              "summaries": {"ug": "زور ئاپەتلەرگە تاقابىل تۇرۇش ئالدىن پىلانىنى تۈزۈش، قوماندانلىق، ماددىي ئەشيا زاپىسى ۋە كەسپىي قۇتقۇزۇش قوشۇنىنى مۇكەممەللەشتۈرۈش، نورمال ۋە جىددىي ۋاقىتتا ئىككى خىل ئىشلىتىلىدىغان ئەسلىھەلەر ۋە ئورۇنلاشتۇرۇلۇشى مۇۋاپىق پاناھلىنىش ئورۇنلىرىنى بەرپا قىلىش، بولۇپمۇ سۇ چىقىرىش ۋە سۇ توپلىنىشنىڭ ئالدىنى ئېلىشتىكى جىددىي ئىنكاس ئىقتىدارىنى كۈچەيتىش."},
              "indicators": ["U19", "U21", "U22", "U23"]
            },
            {
              "number": 24,
              "section": 8,
              "titleZh": "保护传承城市历史文化",
              "titleEn": "Protect and pass on the history and culture of cities",
              "titles": {"ug": "شەھەرنىڭ تارىخى ۋە مەدەنىيىتىنى قوغداش ۋە داۋاملاشتۇرۇش"},
              "summaryZh": "普查文化遗产并调查老城，编制实施名城名镇名村和街区保护规划，修复历史街区和建筑，活化文物和非遗，禁止大拆大砍和滥建地标。",
              "summaryEn": "Survey heritage and old towns, plan the conservation of historic cities, towns, villages and blocks, repair historic districts and buildings, revive relics and crafts, and ban mass tree felling and vanity landmarks.",
              "summaries": {"ug": "مەدەنىيەت مىراسلىرىنى ئومۇميۈزلۈك تەكشۈرۈش ۋە كونا شەھەرلەرنى تەكشۈرۈش، تارىخىي-مەدەنىيەت داڭلىق شەھەر، بازار، كەنت ۋە كوچا رايونلىرىنى قوغداش پىلانىنى تۈزۈپ ئىجرا قىلىش، تارىخىي كوچا رايونلىرى ۋە تارىخىي بىنالارنى رېمونت قىلىش، مەدەنىيەت يادىكارلىقلىرى ۋە غەيرىي ماددىي مەدەنىيەت مىراسلىرىنى جانلاندۇرۇش، كەڭ كۆلەمدە چېقىش، دەرەخلەرنى كۆپلەپ كېسىش ۋە بەلگە خاراكتېرلىك بىنالارنى قالايمىقان سېلىشنى مەنئى قىلىش."},
              "indicators": ["U11", "U12", "B09"]
            },
            {
              "number": 25,
              "section": 8,
              "titleZh": "丰富城市文化生活",
              "titleEn": "Enrich urban cultural life",
              "titles": {"ug": "شەھەرنىڭ مەدەنىيەت تۇرمۇشىنى بېيىتىش"},
              "summaryZh": "弘扬核心价值观和文明风尚，拓展新型公共文化空间并完善文化设施，推动城产文体旅融合，办好群众文体活动和品牌赛事。",
              "summaryEn": "Promote core socialist values and civic norms, open new public cultural spaces and improve cultural facilities, and blend city, industry, culture, sport and tourism through popular events and signature competitions.",
              "summaries": {"ug": "سوتسىيالىستىك يادرولۇق قىممەت قارىشى ۋە مەدەنىيەتلىك يېڭى ئادەتلەرنى ئەۋج ئالدۇرۇش، يېڭى تىپتىكى ئاممىۋى مەدەنىيەت بوشلۇقلىرىنى كېڭەيتىش ۋە مەدەنىيەت ئەسلىھەلىرىنى مۇكەممەللەشتۈرۈش، شەھەر، كەسىپ، مەدەنىيەت، تەنتەربىيە ۋە ساياھەتنىڭ يۇغۇرۇلۇشىنى ئىلگىرى سۈرۈش، ئاممىۋى مەدەنىيەت-تەنتەربىيە پائالىيەتلىرى ۋە ماركىلىق مۇسابىقىلەرنى ياخشى ئۆتكۈزۈش."},
              "indicators": ["U13", "B03"]
            },
            {
              "number": 26,
              "section": 9,
              "titleZh": "健全城市治理体系",
              "titleEn": "Improve the urban governance system",
              "titles": {"ug": "شەھەر باشقۇرۇش سىستېمىسىنى ساغلاملاشتۇرۇش"},
              "summaryZh": "建立“一委一办一平台”统筹协调机制和高效的综合执法体制，在基层党组织领导下协调居委会、业委会和物业，吸纳志愿者和新就业群体参与。",
              "summaryEn": "Set up a committee, office and platform to coordinate city management, a clear, efficient unified enforcement system, and Party-led coordination of residents' and owners' committees, property firms and volunteers.",
              "summaries": {"ug": "«بىر كومىتېت، بىر ئىشخانا، بىر سۇپا» دىن ئىبارەت ئومۇميۈزلۈك پىلانلاش ۋە ماسلاشتۇرۇش مېخانىزمى ھەمدە يۇقىرى ئۈنۈملۈك ئۇنىۋېرسال قانۇن ئىجرا قىلىش تۈزۈلمىسىنى ئورنىتىش، ئاساسىي قاتلام پارتىيە تەشكىلاتىنىڭ رەھبەرلىكىدە ئاھالىلەر كومىتېتى، ئۆي ئىگىلىرى كومىتېتى ۋە مۈلۈك باشقۇرۇش شىركەتلىرىنى ماسلاشتۇرۇش، پىدائىيلار ۋە يېڭى شەكىلدە ئىشقا ئورۇنلاشقانلارنى قاتناشتۇرۇش."},
              "indicators": ["U27", "C11"]
            },
            {
              "number": 27,
              "section": 9,
              "titleZh": "提升城市治理效能",
              "titleEn": "Improve the effectiveness of urban governance",
              "titles": {"ug": "شەھەر باشقۇرۇشنىڭ ئۈنۈمىنى ئۆستۈرۈش"},
              "summaryZh": "推进全域数字化和智慧城市，建设CIM平台，深化政务“一网通办”和运行“一网统管”，做好城建档案数字化，精细治理背街小巷。",
              "summaryEn": "Digitise the whole city and build a smart city with a CIM platform, one-stop online government services, unified city-operations management, digital construction archives and fine-grained care of back streets.",
              "summaries": {"ug": "پۈتۈن دائىرىنى رەقەملەشتۈرۈش ۋە ئەقلىي شەھەر قۇرۇلۇشىنى ئىلگىرى سۈرۈش، CIM (شەھەر ئۇچۇر مودېلى) سۇپىسىنى بەرپا قىلىش، ھۆكۈمەت ئىشلىرىدا «بىر تور ئارقىلىق تولۇق بېجىرىش» ۋە شەھەر يۈرۈشتۈرۈشتە «بىر تور ئارقىلىق بىرلىككە كەلتۈرۈپ باشقۇرۇش» نى چوڭقۇرلاشتۇرۇش، شەھەر قۇرۇلۇش ئارخىپلىرىنى رەقەملەشتۈرۈش، ئارقا كوچا ۋە تار كوچىلارنى ئىنچىكە باشقۇرۇش."},
              "indicators": ["U24", "U25", "U27", "B05", "C12"]
            },
            {
              "number": 28,
              "section": 9,
              "titleZh": "筑牢基层治理基础",
              "titleEn": "Consolidate the foundations of grassroots governance",
              "titles": {"ug": "ئاساسىي قاتلام باشقۇرۇشىنىڭ ئاساسىنى مۇستەھكەملەش"},
              "summaryZh": "把治理力量下沉到社区，划定生活圈单元并整合网格，推动服务进社区和“石榴籽”服务站，用好热线快速回应诉求，就地化解矛盾纠纷。",
              "summaryEn": "Shift governance resources down to communities with living-circle units and one integrated grid, bring services and Pomegranate Seed stations into neighbourhoods, settle disputes locally and answer hotline calls fast.",
              "summaries": {"ug": "باشقۇرۇش كۈچىنى مەھەللىلەرگە چۈشۈرۈش، تۇرمۇش چەمبىرىكى بىرلىكلىرىنى بەلگىلەپ، تورلۇق باشقۇرۇش كاتەكچىلىرىنى بىرلەشتۈرۈش، مۇلازىمەتنى مەھەللىگە ئېلىپ كىرىش ۋە «ئانار ئۇرۇقى» مۇلازىمەت پونكىتلىرىنى ئىلگىرى سۈرۈش، ئەرز تېلېفونىدىن ياخشى پايدىلىنىپ ئاممىنىڭ تەلەپلىرىگە تېز ئىنكاس قايتۇرۇش، زىددىيەت ۋە ماجىرالارنى جايىدا ھەل قىلىش."},
              "indicators": ["U27"]
            }
          ]
        }
        """#
}
