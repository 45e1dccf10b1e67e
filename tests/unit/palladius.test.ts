import { describe, expect, it } from "vitest";
import {
  normalizePinyin,
  pinyinToCyrillic,
  pinyinWordToCyrillic,
  segmentPinyin,
  suggestCyrillicName,
  syllableToCyrillic,
} from "@/lib/paperwork/palladius";

// The Palladius table as Russian references give it (Кондрашевский; the transcription tables
// of the Большой китайско-русский словарь).
const SYLLABLES: Array<[string, string]> = [
  ["a", "а"], ["ai", "ай"], ["an", "ань"], ["ang", "ан"], ["ao", "ао"], ["e", "э"], ["er", "эр"], ["ou", "оу"],
  ["ba", "ба"], ["bo", "бо"], ["bei", "бэй"], ["ben", "бэнь"], ["beng", "бэн"], ["bian", "бянь"], ["bie", "бе"],
  ["pin", "пинь"], ["ping", "пин"], ["mei", "мэй"], ["miu", "мю"], ["me", "мэ"], ["fo", "фо"], ["feng", "фэн"],
  ["de", "дэ"], ["dong", "дун"], ["duo", "до"], ["dui", "дуй"], ["tian", "тянь"], ["nü", "нюй"], ["nüe", "нюэ"],
  ["lü", "люй"], ["lüe", "люэ"], ["lu", "лу"], ["luan", "луань"], ["lun", "лунь"], ["liu", "лю"], ["lia", "ля"],
  ["ge", "гэ"], ["gui", "гуй"], ["guo", "го"], ["kuai", "куай"], ["kuang", "куан"], ["hui", "хуэй"], ["hua", "хуа"],
  ["ji", "цзи"], ["jia", "цзя"], ["jiang", "цзян"], ["jie", "цзе"], ["jiong", "цзюн"], ["ju", "цзюй"], ["juan", "цзюань"],
  ["jue", "цзюэ"], ["jun", "цзюнь"], ["qi", "ци"], ["qiao", "цяо"], ["qu", "цюй"], ["quan", "цюань"], ["que", "цюэ"],
  ["xi", "си"], ["xian", "сянь"], ["xiang", "сян"], ["xiong", "сюн"], ["xu", "сюй"], ["xue", "сюэ"], ["xun", "сюнь"],
  ["zhi", "чжи"], ["zha", "чжа"], ["zhe", "чжэ"], ["zhong", "чжун"], ["zhuang", "чжуан"], ["zhui", "чжуй"], ["zhuo", "чжо"],
  ["chi", "чи"], ["chen", "чэнь"], ["chuan", "чуань"], ["chun", "чунь"], ["shi", "ши"], ["shui", "шуй"], ["shuo", "шо"],
  ["shei", "шэй"], ["ri", "жи"], ["re", "жэ"], ["ren", "жэнь"], ["rong", "жун"], ["ruo", "жо"], ["rui", "жуй"],
  ["zi", "цзы"], ["ze", "цзэ"], ["zuo", "цзо"], ["ci", "цы"], ["cong", "цун"], ["cui", "цуй"], ["si", "сы"], ["sun", "сунь"],
  ["ya", "я"], ["yan", "янь"], ["yang", "ян"], ["ye", "е"], ["yi", "и"], ["yin", "инь"], ["ying", "ин"], ["yo", "йо"],
  ["yong", "юн"], ["you", "ю"], ["yu", "юй"], ["yuan", "юань"], ["yue", "юэ"], ["yun", "юнь"],
  ["wa", "ва"], ["wai", "вай"], ["wang", "ван"], ["wei", "вэй"], ["wen", "вэнь"], ["weng", "вэн"], ["wo", "во"], ["wu", "у"],
];

const NAMES: Array<[string, string]> = [
  ["Wang", "Ван"],
  ["Zhang", "Чжан"],
  ["Xi Jinping", "Си Цзиньпин"],
  ["Mao Zedong", "Мао Цзэдун"],
  ["Deng Xiaoping", "Дэн Сяопин"],
  ["Zhou Enlai", "Чжоу Эньлай"],
  ["Hu Jintao", "Ху Цзиньтао"],
  ["Jiang Zemin", "Цзян Цзэминь"],
  ["Wen Jiabao", "Вэнь Цзябао"],
  ["Li Keqiang", "Ли Кэцян"],
  ["Zhu Rongji", "Чжу Жунцзи"],
  ["Sun Zhongshan", "Сунь Чжуншань"],
  ["Ye Jianying", "Е Цзяньин"],
  ["Liu Shaoqi", "Лю Шаоци"],
  ["Zhao Ziyang", "Чжао Цзыян"],
  ["Hu Yaobang", "Ху Яобан"],
  ["Yang Shangkun", "Ян Шанкунь"],
  ["Qian Xuesen", "Цянь Сюэсэнь"],
  ["Qu Yuan", "Цюй Юань"],
  ["Sima Qian", "Сыма Цянь"],
  ["Ouyang Xiu", "Оуян Сю"],
  ["Yao Ming", "Яо Мин"],
  ["Zhang Yimou", "Чжан Имоу"],
  ["Liu Cixin", "Лю Цысинь"],
  ["Peng Liyuan", "Пэн Лиюань"],
  ["Hui Liangyu", "Хуэй Лянъюй"],
  ["Lü Bu", "Люй Бу"],
  ["Guo Moruo", "Го Можо"],
];

describe("Palladius syllables", () => {
  it.each(SYLLABLES)("%s → %s", (pinyin, cyrillic) => {
    expect(syllableToCyrillic(pinyin)).toBe(cyrillic);
  });

  it("covers the table the tests ask for", () => {
    expect(SYLLABLES.length).toBeGreaterThanOrEqual(40);
  });

  it("rejects what is not a syllable", () => {
    for (const text of ["th", "jo", "bia", "qa", "zhie", "smith"]) expect(syllableToCyrillic(text)).toBeNull();
  });
});

describe("Palladius names", () => {
  it.each(NAMES)("%s → %s", (pinyin, cyrillic) => {
    expect(pinyinToCyrillic(pinyin)).toBe(cyrillic);
  });

  it("reads passport capitals, tone marks, tone numbers, v and u: for ü", () => {
    expect(pinyinToCyrillic("XI JINPING")).toBe("Си Цзиньпин");
    expect(pinyinToCyrillic("Xí Jìnpíng")).toBe("Си Цзиньпин");
    expect(pinyinToCyrillic("Mao2 Ze2dong1")).toBe("Мао Цзэдун");
    expect(pinyinToCyrillic("Lǚ Bù")).toBe("Люй Бу");
    expect(pinyinToCyrillic("LV BU")).toBe("Люй Бу");
    expect(pinyinToCyrillic("Lu: Bu")).toBe("Люй Бу");
    expect(normalizePinyin("Nǚ")).toBe("nü");
  });

  it("segments unspaced given names, with the apostrophe rule of pinyin", () => {
    expect(segmentPinyin("jinping")).toEqual(["jin", "ping"]);
    expect(segmentPinyin("xiaoping")).toEqual(["xiao", "ping"]);
    // without an apostrophe a syllable cannot start with a, o or e: Jinan is ji-nan
    expect(segmentPinyin("jinan")).toEqual(["ji", "nan"]);
    expect(segmentPinyin("xi'an")).toEqual(["xi", "an"]);
    expect(segmentPinyin("xian")).toEqual(["xian"]);
    // typed without the apostrophe it needs, a name still splits when nothing else fits
    expect(segmentPinyin("guoan")).toEqual(["guo", "an"]);
    expect(segmentPinyin("jin-ping")).toEqual(["jin", "ping"]);
  });

  it("keeps -н from -ng apart from a following vowel with a hard sign, as Russian usage does", () => {
    expect(pinyinWordToCyrillic("Chang'an")).toBe("Чанъань");
    expect(pinyinWordToCyrillic("Xi'an")).toBe("Сиань");
    expect(pinyinWordToCyrillic("Zhongyuan")).toBe("Чжунъюань");
    expect(pinyinWordToCyrillic("Jianying")).toBe("Цзяньин");
  });

  it("offers nothing for names that are not pinyin", () => {
    expect(pinyinToCyrillic("Ying-jeou")).toBeNull();
    expect(pinyinToCyrillic("Smith")).toBeNull();
    expect(pinyinToCyrillic("")).toBeNull();
    expect(pinyinToCyrillic("王")).toBeNull();
  });

  it("suggests surname and given names separately, surname first as in Russian documents", () => {
    expect(suggestCyrillicName({ surname: "ZHANG", givenNames: "XIUYING" })).toEqual({ surname: "Чжан", givenNames: "Сюин" });
    expect(suggestCyrillicName({ surname: "Ouyang", givenNames: "" })).toEqual({ surname: "Оуян", givenNames: "" });
    expect(suggestCyrillicName({ surname: "Smith", givenNames: "Olga" })).toEqual({ surname: null, givenNames: null });
  });
});
