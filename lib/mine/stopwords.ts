/**
 * Function words of bokmål and nynorsk, lowercase, as written (checked before stemming). They carry
 * no subject, so they neither rank positions nor count as a paragraph's distinctive words. Words of
 * the genre (Stortinget, regjeringen, komiteen) are not here: BM25's idf weighs them down instead.
 */
const WORDS = `
å alle alt andre annan anna annen annet at av bare berre bl både da dei deim deira deires
deira dem den denne der deres dere desse dessutan dessuten det dette disse du eg ein eit eitt
eller elles ellers en enn er et ett etter for fordi fra frå før ha hadde han hans har hatt
hennar hennes her hjå hos hoss ho hun hva hvem hver hvert hvilke hvilken hvis hvor hvordan
hvorfor i ikke ikkje ingen inga ingi inkje inn innan innen jeg kan kom kor korleis korso kun
kunne kva kvar kvarandre kvart kven kvi kvifor man mange me med medan meg mellom men mens mer
meir mest mot mykje mye må måtte ned no noe noen nok noko nokon nokre nokså nå når og også om opp
oss over på samme same seg selv sia sidan siden sin sine sitt sjøl skal skulle slik slike slikt
som somme somt så sånn til tross under upp ut utan uten var vart ved vere verte vi vil ville
vore vors vort vår være vært vært blir bli blei ble blitt vert vorte vere kvarandre hverandre
òg også ei eit mv mfl m fl osv bl a jf ca kr pst dvs pga bør burde gjøre gjere gjer gjør gjort
gjorde får fått få fekk fikk går gjekk gikk gått seier sier sa sagt ny nye nytt ved via per
blant gjennom rundt samt både enten verken hverken ifølge jf etc ikkje ikkje heller likevel
derfor difor dermed deretter derimot altså dessverre særlig særleg svært veldig mer mindre
første andre tredje en to tre fire fem seks sju syv åtte ni ti
`;

/**
 * Words every page and every demand uses without saying what it is about: very common verbs and
 * adjectives, and the genre's actors (a comment by «komiteen» to «regjeringen» is about anything).
 * Left in, they outrank the words a reviewer is looking for.
 */
const GENERIC = `
ligg ligge ligger legge legg legger legges lagt se ser sett sjå såg viktig viktige viktigaste
viktigste stor store større størst største god gode godt bedre betre best beste egen eigen eget
eige egne eigne mulig mogleg mulige moglege grunn gitt gi gir gje gjev ta tar tatt tok
mener meiner meinte mente peke peker peikar viser viste vise ønsker ønskjer ønske
komme kome kommer kjem kommet stedet staden annet
komiteen komiteens komité fleirtalet flertallet fleirtal flertall
mindretallet mindretalet medlemmene medlemene medlemmer medlemer representanten representantene
stortinget stortingets regjeringen regjeringa regjeringens departementet departementets
proposisjonen meldingen meldinga president presidenten statsråden statsråd
ber fremme fremmer fremja forslag forslaget forslagene foreslår foreslått foreslo gjelder
kroner kr mill millioner millionar milliarder milliardar
imidlertid herunder derunder eventuell eventuelle eventuelt selve sjølve delvis nær gang lenger
prp meld st innst januar februar mars april mai juni juli august september oktober november desember
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${WORDS} ${GENERIC}`.split(/\s+/).filter(Boolean));

export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower);
}
