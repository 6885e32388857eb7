namespace Crm.DataGenerator;

/// <summary>
/// Names of people and companies, half Chinese and half Latin (also the demo's, for its book and its sales leads), with
/// pools large enough that searches at scale are as selective as in real data: Chinese surnames follow their real frequency
/// (王, 李, 张 are common), given names are one or two characters, Latin names come from a few hundred combinations.
/// A Chinese name is written in Chinese with its pinyin as the alternate name.
/// </summary>
internal sealed class BenchNames(SeedRandom random)
{
    // The most common Chinese surnames, in order of frequency, with pinyin.
    private static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"),
        ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"),
        ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
        ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"),
        ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"),
        ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"), ("吕", "Lü"), ("丁", "Ding"),
        ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("姜", "Jiang"), ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"),
        ("陆", "Lu"), ("汪", "Wang"), ("范", "Fan"), ("金", "Jin"), ("石", "Shi"), ("廖", "Liao"), ("贾", "Jia"), ("夏", "Xia"),
    ];

    private static readonly (string Hanzi, string Pinyin)[] GivenChars =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"),
        ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
        ("超", "chao"), ("秀", "xiu"), ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("平", "ping"), ("刚", "gang"),
        ("桂", "gui"), ("文", "wen"), ("辉", "hui"), ("鑫", "xin"), ("宇", "yu"), ("浩", "hao"), ("婷", "ting"), ("雪", "xue"),
        ("晨", "chen"), ("欣", "xin"), ("佳", "jia"), ("子", "zi"), ("涵", "han"), ("思", "si"), ("雨", "yu"), ("博", "bo"),
        ("玉", "yu"), ("兰", "lan"), ("海", "hai"), ("峰", "feng"), ("春", "chun"), ("晓", "xiao"), ("琳", "lin"), ("志", "zhi"),
    ];

    private static readonly string[] LatinFirst =
    [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Susan",
        "Sofia", "Lucas", "Emma", "Noah", "Olivia", "Liam", "Ava", "Mateo", "Thomas", "Sarah", "Daniel", "Laura", "Paul", "Anna",
        "Marco", "Giulia", "Pierre", "Camille", "Hans", "Greta", "Carlos", "Lucia", "Ahmed", "Fatima", "Ivan", "Olga", "Kenji", "Yuki",
    ];

    private static readonly string[] LatinLast =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson",
        "Taylor", "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Schmidt", "Müller", "Rossi", "Bianchi", "Dubois",
        "Laurent", "Novak", "Kowalski", "Silva", "Santos", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Clark",
        "Lewis", "Robinson", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
    ];

    private static readonly (string Hanzi, string Pinyin)[] CompanyWords =
    [
        ("华信", "Huaxin"), ("东方", "Dongfang"), ("金桥", "Jinqiao"), ("瑞丰", "Ruifeng"), ("恒通", "Hengtong"), ("远航", "Yuanhang"),
        ("新元", "Xinyuan"), ("嘉禾", "Jiahe"), ("天成", "Tiancheng"), ("宏达", "Hongda"), ("中联", "Zhonglian"), ("盛世", "Shengshi"),
        ("长城", "Changcheng"), ("万达", "Wanda"), ("海川", "Haichuan"), ("鼎新", "Dingxin"), ("博远", "Boyuan"), ("创联", "Chuanglian"),
        ("永盛", "Yongsheng"), ("华泰", "Huatai"), ("康达", "Kangda"), ("信达", "Xinda"), ("明辉", "Minghui"), ("润丰", "Runfeng"),
    ];

    private static readonly (string Hanzi, string English)[] CompanyKinds =
    [
        ("科技有限公司", "Technology Co."), ("贸易有限公司", "Trading Co."), ("制造股份有限公司", "Manufacturing Group"),
        ("物流有限公司", "Logistics Co."), ("信息技术有限公司", "IT Co."), ("医药有限公司", "Pharma Co."), ("食品有限公司", "Foods Co."),
        ("建设集团", "Construction Group"),
    ];

    private static readonly string[] ChineseCities = ["北京", "上海", "深圳", "杭州", "成都", "广州", "南京", "武汉", "西安", "苏州"];

    private static readonly string[] CompanyEn =
    [
        "Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent",
        "Vandelay", "Hooli", "Pied Piper", "Wonka", "Oscorp", "Aperture", "Massive Dynamic", "Gringotts", "Monarch", "Blue Sun",
    ];

    private static readonly string[] CompanyEnKind = ["Ltd", "Inc.", "GmbH", "Logistics", "Systems", "Foods", "Health", "Energy", "Partners", "Holdings"];

    public static readonly string[] Industries = ["Manufacturing", "Retail", "Software", "Logistics", "Healthcare", "Finance", "Education", "Energy", "Construction", "Food"];
    public static readonly string[] Sources = ["Web", "Referral", "Trade show", "Cold call", "Partner", "Campaign"];
    public static readonly int[] SourceWeights = [30, 20, 12, 15, 10, 13];
    public static readonly string[] Tags = ["vip", "newsletter", "beijing", "shanghai", "shenzhen", "europe", "partner", "key-account", "renewal", "churn-risk", "upsell", "events"];
    public static readonly int[] TagWeights = [4, 30, 8, 8, 6, 10, 5, 3, 9, 4, 6, 7];

    public static readonly (string City, string Country, string PostalPrefix)[] Cities =
    [
        ("Beijing", "CN", "100"), ("Shanghai", "CN", "200"), ("Shenzhen", "CN", "518"), ("Hangzhou", "CN", "310"), ("Chengdu", "CN", "610"),
        ("Guangzhou", "CN", "510"), ("London", "GB", "EC1"), ("Berlin", "DE", "101"), ("New York", "US", "100"), ("Singapore", "SG", "01"),
        ("Sydney", "AU", "20"), ("Paris", "FR", "750"), ("Milan", "IT", "201"),
    ];

    public static readonly string[] JobTitles = ["CEO", "Buyer", "CTO", "Procurement lead", "Engineer", "Sales director", "Office manager", "CFO", "Project manager", "Operations"];

    /// <summary>A person: (full name as written, alternate form or null, email local part).</summary>
    public (string Full, string? Alternate, string EmailLocal) Person()
    {
        if (random.Chance(0.5))
        {
            var (surname, surnamePinyin) = Surnames[random.PowerLaw(Surnames.Length, 1.8)];
            var (g1, p1) = random.Pick(GivenChars);
            string given = g1, givenPinyin = p1;
            if (random.Chance(0.6))
            {
                var (g2, p2) = random.Pick(GivenChars);
                given += g2;
                givenPinyin += p2;
            }
            givenPinyin = char.ToUpperInvariant(givenPinyin[0]) + givenPinyin[1..];
            return (surname + given, $"{surnamePinyin} {givenPinyin}", $"{givenPinyin}.{surnamePinyin}".ToLowerInvariant().Replace('ü', 'v'));
        }
        var first = random.Pick(LatinFirst);
        var last = random.Pick(LatinLast);
        return ($"{first} {last}", null, $"{first}.{last}".ToLowerInvariant().Replace('ü', 'u'));
    }

    /// <summary>A company: (name, alternate name or null, web domain).</summary>
    public (string Name, string? Alternate, string Domain) Company()
    {
        if (random.Chance(0.5))
        {
            var (word, pinyin) = random.Pick(CompanyWords);
            var (kind, english) = random.Pick(CompanyKinds);
            return (random.Pick(ChineseCities) + word + kind, $"{pinyin} {english}", $"{pinyin.ToLowerInvariant()}{random.Next(10, 1000)}.cn");
        }
        var name = random.Pick(CompanyEn);
        return ($"{name} {random.Pick(CompanyEnKind)}", null, $"{name.Replace(" ", "").ToLowerInvariant()}{random.Next(10, 1000)}.com");
    }

    public string Phone() => random.Chance(0.5)
        ? $"+86 1{random.Next(30, 99)} {random.Next(1000, 9999)} {random.Next(1000, 9999)}"
        : $"+1 {random.Next(200, 999)} {random.Next(200, 999)} {random.Next(1000, 9999)}";

    /// <summary>Zero to three distinct tags, common ones more often.</summary>
    public string[] TagSet()
    {
        var count = random.Weighted([0, 1, 2, 3], [45, 35, 15, 5]);
        if (count == 0) return [];
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++) tags.Add(random.Weighted(Tags, TagWeights));
        return [.. tags];
    }
}
