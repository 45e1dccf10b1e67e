/**
 * Hanyu Pinyin → Russian Cyrillic in the Palladius system, the transcription Russian
 * documents use for Chinese names (Ван, Чжан, Си Цзиньпин, Мао Цзэдун).
 *
 * A suggestion only: a Russian contract may spell a name otherwise (a notarized passport
 * translation fixes the spelling), so the form keeps it editable and asks the reader to
 * copy the contract's form.
 */

const INITIALS: Array<[string, string]> = [
  // two-letter initials first, so "zh" is not read as "z" + "h…"
  ["zh", "чж"], ["ch", "ч"], ["sh", "ш"],
  ["b", "б"], ["p", "п"], ["m", "м"], ["f", "ф"], ["d", "д"], ["t", "т"], ["n", "н"], ["l", "л"],
  ["g", "г"], ["k", "к"], ["h", "х"], ["j", "цз"], ["q", "ц"], ["x", "с"],
  ["r", "ж"], ["z", "цз"], ["c", "ц"], ["s", "с"],
];

/** Finals after a consonant initial ("ü" written as such). */
const FINALS: Record<string, string> = {
  a: "а", ai: "ай", an: "ань", ang: "ан", ao: "ао",
  e: "э", ei: "эй", en: "энь", eng: "эн", er: "эр",
  o: "о", ou: "оу", ong: "ун",
  i: "и", ia: "я", ian: "янь", iang: "ян", iao: "яо", ie: "е", in: "инь", ing: "ин", iong: "юн", iu: "ю",
  u: "у", ua: "уа", uai: "уай", uan: "уань", uang: "уан", ui: "уй", un: "унь", uo: "о",
  ü: "юй", üe: "юэ", üan: "юань", ün: "юнь",
};

/** Syllables without a consonant initial, and the few that do not follow the tables. */
const WHOLE: Record<string, string> = {
  a: "а", ai: "ай", an: "ань", ang: "ан", ao: "ао", e: "э", ei: "эй", en: "энь", eng: "эн", er: "эр",
  o: "о", ou: "оу",
  ya: "я", yan: "янь", yang: "ян", yao: "яо", ye: "е", yi: "и", yin: "инь", ying: "ин", yo: "йо",
  yong: "юн", you: "ю", yu: "юй", yuan: "юань", yue: "юэ", yun: "юнь",
  wa: "ва", wai: "вай", wan: "вань", wang: "ван", wei: "вэй", wen: "вэнь", weng: "вэн", wo: "во", wu: "у",
  // after z, c, s the vowel i is the "buzzing" one: цзы, цы, сы
  zi: "цзы", ci: "цы", si: "сы",
  // Palladius keeps the э in hui (Хуэй), unlike dui, gui, shui (дуй, гуй, шуй)
  hui: "хуэй",
};

/** Every standard Mandarin syllable in pinyin (j, q, x, y take "u" for ü; n, l write ü). */
const SYLLABLE_LIST = `
a ai an ang ao e ei en eng er o ou
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
`;

const SYLLABLES = new Set(SYLLABLE_LIST.split(/\s+/).filter(Boolean));
const LONGEST = 6; // zhuang, chuang, shuang

/** One pinyin syllable (lower case, ü written as ü) → Cyrillic, or null if it is not one. */
export function syllableToCyrillic(syllable: string): string | null {
  if (!SYLLABLES.has(syllable)) return null;
  if (WHOLE[syllable]) return WHOLE[syllable];
  const [initial, cyrillic] = INITIALS.find(([latin]) => syllable.startsWith(latin))!;
  let final = syllable.slice(initial.length);
  // after j, q, x the written u is ü: ju → цзюй, xue → сюэ, quan → цюань, xun → сюнь
  if (/^[jqx]$/.test(initial) && final.startsWith("u")) final = `ü${final.slice(1)}`;
  const tail = FINALS[final];
  return tail === undefined ? null : cyrillic + tail;
}

/**
 * Lower case, tone marks and tone numbers removed, ü from "ü", "u:" or "v".
 * Keeps apostrophes and hyphens: they mark syllable boundaries.
 */
export function normalizePinyin(input: string): string {
  return input
    .normalize("NFD")
    .toLowerCase()
    .replace(/u\u0308|u:|v/g, "ü")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[1-5]/g, "")
    .replace(/[’‘`ʼ]/g, "'")
    .normalize("NFC");
}

/**
 * Splits an unspaced pinyin word into syllables ("jinping" → jin, ping). Pinyin writes an
 * apostrophe before a syllable that starts with a, o or e inside a word (Xi'an, Chang'an),
 * so without one "jinan" is ji-nan. Names typed without the apostrophe ("Guoan") still
 * split when nothing else fits.
 */
export function segmentPinyin(word: string): string[] | null {
  const parts = word.split(/['-]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const result: string[] = [];
  for (const part of parts) {
    const syllables = split(part, true) ?? split(part, false);
    if (!syllables) return null;
    result.push(...syllables);
  }
  return result;
}

function split(text: string, strict: boolean, start = 0): string[] | null {
  if (start === text.length) return [];
  for (let length = Math.min(LONGEST, text.length - start); length > 0; length--) {
    const candidate = text.slice(start, start + length);
    if (!SYLLABLES.has(candidate)) continue;
    if (strict && start > 0 && /^[aoe]/.test(candidate)) continue;
    const rest = split(text, strict, start + length);
    if (rest) return [candidate, ...rest];
  }
  return null;
}

/** Joins Cyrillic syllables into one word: a hard sign keeps -н (from -ng) apart from a vowel (Чанъань). */
function joinSyllables(cyrillic: string[]): string {
  let word = "";
  for (const syllable of cyrillic) {
    if (word.endsWith("н") && /^[аоуэиеёюя]/.test(syllable)) word += "ъ";
    word += syllable;
  }
  return word;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** One pinyin word ("Jinping", "Xi'an", "Lü") → one Cyrillic word, or null if it is not pinyin. */
export function pinyinWordToCyrillic(word: string): string | null {
  const normalized = normalizePinyin(word.trim());
  if (!/^[a-zü'-]+$/.test(normalized)) return null;
  const syllables = segmentPinyin(normalized);
  if (!syllables) return null;
  // every apostrophe-separated part was already split; apostrophes only matter between parts
  const cyrillic = syllables.map((s) => syllableToCyrillic(s));
  if (cyrillic.some((c) => c === null)) return null;
  return capitalize(joinSyllables(cyrillic as string[]));
}

/**
 * A name of one or more space-separated pinyin words, in the order given ("Xi Jinping" →
 * "Си Цзиньпин"). Null when any word is not pinyin (a Wade–Giles or non-Chinese name):
 * then there is no suggestion and the reader types the Cyrillic form.
 */
export function pinyinToCyrillic(name: string): string | null {
  const words = name.trim().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return null;
  const converted = words.map(pinyinWordToCyrillic);
  return converted.some((w) => w === null) ? null : converted.join(" ");
}

/**
 * The subscriber's name as a passport gives it (surname and given names in separate
 * fields, often in capitals) → the Cyrillic surname and given names. Russian documents,
 * like Chinese ones, write the surname first, so the full name is `${surname} ${given}`.
 */
export function suggestCyrillicName({ surname, givenNames }: { surname: string; givenNames: string }) {
  const s = surname.trim() ? pinyinToCyrillic(surname) : "";
  const g = givenNames.trim() ? pinyinToCyrillic(givenNames) : "";
  return { surname: s, givenNames: g };
}
