// The most common passwords (from public breach corpora), lower-cased; refused at sign-up.
export const COMMON_PASSWORDS = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "password", "password1", "password12", "password123",
  "passw0rd", "p@ssw0rd", "p@ssword", "qwertyui", "qwerty123", "qwertyuiop", "qwerty12345", "1q2w3e4r",
  "1q2w3e4r5t", "1qaz2wsx", "zaq12wsx", "11111111", "00000000", "88888888", "66666666", "12341234",
  "87654321", "11223344", "12344321", "abcd1234", "abc12345", "abcdefgh", "iloveyou", "iloveyou1",
  "sunshine", "princess", "football", "baseball", "welcome1", "welcome123", "superman", "starwars",
  "whatever", "trustno1", "letmein1", "dragon12", "monkey12", "master12", "computer", "internet",
  "asdfghjk", "asdfasdf", "asdf1234", "zxcvbnm1", "zxcvbnm123", "qazwsxedc", "1234qwer", "q1w2e3r4",
  "q1w2e3r4t5", "admin123", "administrator", "changeme", "default1", "secret12", "test1234", "testtest",
  "aa123456", "a1234567", "a12345678", "woaini1314", "woaini520", "5201314520", "wodemima", "mima1234",
  "nihao123", "aini1314", "1314520520", "qq123456", "qq5201314", "taobao123", "baidu123", "zhang123",
  "wang1234", "li123456", "liu12345", "chen1234", "yang1234", "huang123", "password!", "michelle",
  "jennifer", "jordan23", "liverpool", "chelsea1", "arsenal1", "barcelona", "pokemon1", "naruto12",
  "samsung1", "iphone12", "google123", "facebook", "linkedin", "mustang1", "shadow12", "killer12",
  "hello123", "hellokitty", "loveyou1", "lovelove", "flower12", "summer2024", "summer2025", "winter2024",
  "spring2025", "autumn2025", "qwerty2025", "russia2025", "moscow2025", "moskva123", "parol123", "parol1234",
  "privet123", "qwertyqwerty", "1234567a", "123456aa", "123456qq", "123qweasd", "123qwe123", "qweasdzxc",
  "qweqweqwe", "asdasdasd", "zxczxczxc", "12qwaszx", "123abc123", "abc123456", "abcabc123", "aaaaaaaa",
  "bbbbbbbb", "qqqqqqqq", "999999999", "123123123", "147258369", "987654321", "159753456", "741852963",
]);

export function isCommonPassword(password: string) {
  const lowered = password.toLowerCase();
  return COMMON_PASSWORDS.has(lowered) || /^(.)\1+$/.test(password) || /^(?:0123456789|123456789|12345678)\d*$/.test(password);
}
