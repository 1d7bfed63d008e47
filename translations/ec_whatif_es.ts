<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>analyses</name>
    <message>
        <source>{year} was before the 12th Amendment (each elector cast two votes for President); this analysis applies from 1804 on</source>
        <translation>{year} fue antes de la 12.ª Enmienda (cada elector emitía dos votos para presidente); este análisis se aplica desde 1804</translation>
    </message>
    <message>
        <source>fewer than two people have presidential votes in this {year} scenario; name two candidates</source>
        <translation>menos de dos personas tienen votos para presidente en este escenario de {year}; indique dos candidatos</translation>
    </message>
    <message>
        <source>{count} defections deny {name} a majority</source>
        <translation>{count} deserciones le niegan la mayoría a {name}</translation>
    </message>
    <message>
        <source>{count} defections elect {name}</source>
        <translation>{count} deserciones eligen a {name}</translation>
    </message>
    <message>
        <source>votes for {name} were not counted in {year}, so no number of them elects {name}</source>
        <translation>los votos para {name} no se contaron en {year}, así que ninguna cantidad de ellos elige a {name}</translation>
    </message>
    <message>
        <source>faithful</source>
        <translation>fiel</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>They vote for {name}</source>
        <translation>Votan por {name}</translation>
    </message>
    <message>
        <source>They cast blank ballots</source>
        <translation>Emiten votos en blanco</translation>
    </message>
    <message>
        <source> ({count} of them by returning to their pledge)</source>
        <translation> ({count} de ellos volviendo a su compromiso)</translation>
    </message>
    <message>
        <source>{leader} has {votes} of {appointed} electoral votes; {majority} needed for a majority.</source>
        <translation>{leader} tiene {votes} de {appointed} votos electorales; se necesitan {majority} para la mayoría.</translation>
    </message>
    <message>
        <source>State laws applied: a faithless vote is void in {states}, so those electors are left out; states whose law does not bind electors are taken first.</source>
        <translation>Leyes estatales aplicadas: un voto infiel es nulo en {states}, así que esos electores quedan fuera; primero se toman los estados cuya ley no obliga a los electores.</translation>
    </message>
    <message>
        <source>State laws applied: no state law voids a faithless vote in {year} (or there is no data for that year).</source>
        <translation>Leyes estatales aplicadas: ninguna ley estatal anula un voto infiel en {year} (o no hay datos de ese año).</translation>
    </message>
    <message>
        <source>No one has a majority now: no defection is needed; the House would choose.</source>
        <translation>Nadie tiene mayoría ahora: no hace falta ninguna deserción; decidiría la Cámara.</translation>
    </message>
    <message>
        <source>To deny {leader} a majority, **{needed}** electors would have to change their presidential vote ({votes} − {needed} = {left}, one short of {majority}).</source>
        <translation>Para negarle la mayoría a {leader}, **{needed}** electores tendrían que cambiar su voto presidencial ({votes} − {needed} = {left}, uno menos que {majority}).</translation>
    </message>
    <message>
        <source>{name} already has a majority ({votes} of {majority} needed).</source>
        <translation>{name} ya tiene la mayoría ({votes}; se necesitan {majority}).</translation>
    </message>
    <message>
        <source>For {name} to win outright, **{needed}** electors would have to vote for {name} ({votes} + {needed} = {total}, a majority).</source>
        <translation>Para que {name} gane directamente, **{needed}** electores tendrían que votar por {name} ({votes} + {needed} = {total}, una mayoría).</translation>
    </message>
    <message>
        <source>Only {available} electors could make that change: it cannot happen.</source>
        <translation>Solo {available} electores podrían hacer ese cambio: no puede ocurrir.</translation>
    </message>
    <message>
        <source>One cheapest set ({available} electors could take part), by state:</source>
        <translation>Un conjunto mínimo ({available} electores podrían participar), por estado:</translation>
    </message>
    <message>
        <source>Afterwards: {counts}.</source>
        <translation>Después: {counts}.</translation>
    </message>
    <message>
        <source>{name} wins</source>
        <translation>gana {name}</translation>
    </message>
    <message>
        <source>tie, no majority (the House decides)</source>
        <translation>empate, sin mayoría (decide la Cámara)</translation>
    </message>
    <message>
        <source>no majority (others or undecided hold votes)</source>
        <translation>sin mayoría (otros o indecisos tienen votos)</translation>
    </message>
    <message>
        <source>others {count}</source>
        <translation>otros {count}</translation>
    </message>
    <message>
        <source>{what}: {units} ({votes} electoral votes).</source>
        <translation>{what}: {units} ({votes} votos electorales).</translation>
    </message>
    <message>
        <source>Held outside them: {held}; {majority} of {appointed} needed.</source>
        <translation>Fuera de ellos: {held}; se necesitan {majority} de {appointed}.</translation>
    </message>
    <message>
        <source>{name} already has a majority</source>
        <translation>{name} ya tiene la mayoría</translation>
    </message>
    <message>
        <source>{name} cannot reach a majority (needs {need}, {open} open)</source>
        <translation>{name} no puede alcanzar la mayoría (necesita {need}, {open} en juego)</translation>
    </message>
    <message>
        <source>{name} needs {need} of {open}</source>
        <translation>{name} necesita {need} de {open}</translation>
    </message>
    <message>
        <source>Toss-ups</source>
        <translation>Reñidos</translation>
    </message>
    <message>
        <source>Of the {total} ways the toss-ups can fall (each wholly to one of the two):</source>
        <translation>De las {total} maneras en que pueden caer los reñidos (cada uno entero para uno de los dos):</translation>
    </message>
    <message>
        <source>Minimal winning combinations for {name}: {count}</source>
        <translation>Combinaciones ganadoras mínimas para {name}: {count}</translation>
    </message>
    <message>
        <source>, the first {count} listed</source>
        <translation>, se muestran las primeras {count}</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>(no hace falta ninguno)</translation>
    </message>
    <message>
        <source>Tipping point for {name}: **{unit}**, decisive in {count} of the {total} ways the other toss-ups can fall.</source>
        <translation>Punto de inflexión para {name}: **{unit}**, decisivo en {count} de las {total} maneras en que pueden caer los demás reñidos.</translation>
    </message>
    <message>
        <source>{name}&apos;s electoral votes: mean {mean}, sd {sd}, 90% between {low} and {high}.</source>
        <translation>Votos electorales de {name}: media {mean}, d. e. {sd}, el 90 % entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{name}&apos;s electoral votes ({method}; majority {majority}):</source>
        <translation>Votos electorales de {name} ({method}; mayoría {majority}):</translation>
    </message>
    <message>
        <source>{a} (A) against {b} (B), units with a probability</source>
        <translation>{a} (A) contra {b} (B), unidades con probabilidad</translation>
    </message>
    <message>
        <source>{a} (A) against {b} (B): no unit has a probability yet; every unit keeps its votes.</source>
        <translation>{a} (A) contra {b} (B): ninguna unidad tiene probabilidad todavía; cada unidad conserva sus votos.</translation>
    </message>
    <message>
        <source>Independent units (exact):</source>
        <translation>Unidades independientes (exacto):</translation>
    </message>
    <message>
        <source>With a national swing (sd {sd} on the probit scale; {draws} draws, seed {seed}):</source>
        <translation>Con un vuelco nacional (d. e. {sd} en la escala probit; {draws} simulaciones, semilla {seed}):</translation>
    </message>
    <message>
        <source>{year} — Banzhaf voting power of each state ({appointed} electors, {quota} needed)</source>
        <translation>{year} — poder de voto de Banzhaf de cada estado ({appointed} electores, se necesitan {quota})</translation>
    </message>
    <message>
        <source>How often a state&apos;s electors decide the outcome if every combination of states is equally likely; each state votes as a bloc (Maine and Nebraska whole). {top}: {top_share} of the electors, {top_power} of the power (×{top_ratio}); {bottom}: {bottom_share} and {bottom_power} (×{bottom_ratio}). Winner-take-all gives the largest states a little more power per elector than their numbers.</source>
        <translation>Con qué frecuencia los electores de un estado deciden el resultado si todas las combinaciones de estados son igual de probables; cada estado vota en bloque (Maine y Nebraska enteros). {top}: {top_share} de los electores, {top_power} del poder (×{top_ratio}); {bottom}: {bottom_share} y {bottom_power} (×{bottom_ratio}). La regla de que el ganador se lleva todo da a los estados más grandes un poco más de poder por elector de lo que indican sus números.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Electors</source>
        <translation>Electores</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>Power/share</source>
        <translation>Poder/proporción</translation>
    </message>
</context>
<context>
    <name>analyses_panel</name>
    <message>
        <source>as now</source>
        <translation>como ahora</translation>
    </message>
    <message>
        <source>safe A</source>
        <translation>seguro A</translation>
    </message>
    <message>
        <source>likely A</source>
        <translation>probable A</translation>
    </message>
    <message>
        <source>lean A</source>
        <translation>tiende a A</translation>
    </message>
    <message>
        <source>toss-up</source>
        <translation>reñido</translation>
    </message>
    <message>
        <source>lean B</source>
        <translation>tiende a B</translation>
    </message>
    <message>
        <source>likely B</source>
        <translation>probable B</translation>
    </message>
    <message>
        <source>safe B</source>
        <translation>seguro B</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Defections needed</source>
        <translation>Deserciones necesarias</translation>
    </message>
    <message>
        <source>Apply these changes</source>
        <translation>Aplicar estos cambios</translation>
    </message>
    <message>
        <source>Make exactly these electors vote this way, as one undoable step</source>
        <translation>Hacer que exactamente estos electores voten así, en un solo paso que se puede deshacer</translation>
    </message>
    <message>
        <source>How many electors must change their vote to</source>
        <translation>Cuántos electores deben cambiar su voto para</translation>
    </message>
    <message>
        <source>deny the leader a majority</source>
        <translation>negarle la mayoría a quien va primero</translation>
    </message>
    <message>
        <source>elect {name}</source>
        <translation>elegir a {name}</translation>
    </message>
    <message>
        <source>Rate some units to see a spread.</source>
        <translation>Califique algunas unidades para ver una distribución.</translation>
    </message>
    <message>
        <source>Toss-ups</source>
        <translation>Estados reñidos</translation>
    </message>
    <message>
        <source>The defectors vote for</source>
        <translation>Los desertores votan por</translation>
    </message>
    <message>
        <source>They vote for</source>
        <translation>Votan por</translation>
    </message>
    <message>
        <source>a blank ballot</source>
        <translation>un voto en blanco</translation>
    </message>
    <message>
        <source>Tick the toss-ups; every other unit keeps its current votes</source>
        <translation>Marque los estados reñidos; las demás unidades conservan sus votos actuales</translation>
    </message>
    <message>
        <source>Paths to victory</source>
        <translation>Caminos a la victoria</translation>
    </message>
    <message>
        <source>Toss-ups:</source>
        <translation>Reñidos:</translation>
    </message>
    <message>
        <source>Tick some units as toss-ups to count every way they can fall.</source>
        <translation>Marque algunas unidades como reñidas para contar todas las formas en que pueden resultar.</translation>
    </message>
    <message>
        <source>The forecast&apos;s toss-ups (tick units to choose others).</source>
        <translation>Las unidades reñidas del pronóstico (marque unidades para elegir otras).</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>National swing (correlated states)</source>
        <translation>Tendencia nacional (estados correlacionados)</translation>
    </message>
    <message>
        <source>{draws} simulated elections with a shared national swing</source>
        <translation>{draws} elecciones simuladas con una tendencia nacional común</translation>
    </message>
    <message>
        <source>Distribution of electoral votes</source>
        <translation>Distribución de los votos electorales</translation>
    </message>
    <message>
        <source>Electoral votes for A</source>
        <translation>Votos electorales para A</translation>
    </message>
    <message>
        <source>Rating of {unit}</source>
        <translation>Calificación de {unit}</translation>
    </message>
    <message>
        <source>as rated</source>
        <translation>según el pronóstico</translation>
    </message>
    <message>
        <source>{majority} to win</source>
        <translation>{majority} para ganar</translation>
    </message>
    <message>
        <source>Voting power by state</source>
        <translation>Poder de voto por estado</translation>
    </message>
    <message>
        <source>electors of the state</source>
        <translation>electores del estado</translation>
    </message>
    <message>
        <source>power ÷ share</source>
        <translation>poder ÷ proporción</translation>
    </message>
    <message>
        <source>Closest path</source>
        <translation>Camino más corto</translation>
    </message>
    <message>
        <source>The fewest voters switching to</source>
        <translation>Los menos votantes que cambien su voto para</translation>
    </message>
    <message>
        <source>elect the runner-up</source>
        <translation>elegir al segundo</translation>
    </message>
    <message>
        <source>leave no one a majority</source>
        <translation>dejar a todos sin mayoría</translation>
    </message>
    <message>
        <source>Electors and popular vote, 1824-2024</source>
        <translation>Electores y voto popular, 1824-2024</translation>
    </message>
    <message>
        <source>election</source>
        <translation>elección</translation>
    </message>
    <message>
        <source>popular vote</source>
        <translation>voto popular</translation>
    </message>
    <message>
        <source>electors: {method}</source>
        <translation>electores: {method}</translation>
    </message>
    <message>
        <source>President chosen lost the popular vote</source>
        <translation>el Presidente elegido perdió el voto popular</translation>
    </message>
    <message>
        <source>The winner&apos;s share (%):</source>
        <translation>Proporción del ganador (%):</translation>
    </message>
    <message>
        <source>The President chosen lost the popular vote in {years}. Winner-take-all turns a popular plurality into a larger share of electors; proportional allocation stays close to the popular share.</source>
        <translation>El Presidente elegido perdió el voto popular en {years}. El ganador se lo lleva todo convierte una mayoría relativa en una proporción mayor de electores; el reparto proporcional queda cerca de la proporción del voto popular.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Defections needed to change the result</source>
        <translation>Deserciones necesarias para cambiar el resultado</translation>
    </message>
    <message>
        <source>Voting power of each state</source>
        <translation>Poder de voto de cada estado</translation>
    </message>
    <message>
        <source>Closest path: the fewest voters</source>
        <translation>Camino más corto: los menos votantes</translation>
    </message>
    <message>
        <source>Popular vote and electors in history</source>
        <translation>Voto popular y electores en la historia</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Análisis:</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>an unsaved scenario</source>
        <translation>un escenario sin guardar</translation>
    </message>
    <message>
        <source>Another window did not close normally either: {what}, as it was at {when}.</source>
        <translation>Otra ventana tampoco se cerró con normalidad: {what}, tal como estaba a las {when}.</translation>
    </message>
    <message>
        <source>Unsaved work {number} of {total}.</source>
        <translation>Trabajo sin guardar {number} de {total}.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Electoral College What-If did not close normally. Restore {what}, as it was at {when}?</source>
        <translation>Colegio Electoral: ¿y si…? no se cerró con normalidad. ¿Restaurar {what}, tal como estaba a las {when}?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep for next time</source>
        <translation>&amp;Conservar para la próxima vez</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede recuperar</translation>
    </message>
</context>
<context>
    <name>apportionment</name>
    <message>
        <source>Huntington–Hill</source>
        <translation>Huntington–Hill</translation>
    </message>
    <message>
        <source>Equal proportions, the method in law since 1941: priority population / √(n(n+1))</source>
        <translation>Proporciones iguales, el método de la ley desde 1941: prioridad población / √(n(n+1))</translation>
    </message>
    <message>
        <source>Webster</source>
        <translation>Webster</translation>
    </message>
    <message>
        <source>Major fractions, used for 1840, 1910 and 1930: priority population / (n + ½)</source>
        <translation>Fracciones mayores, usado en 1840, 1910 y 1930: prioridad población / (n + ½)</translation>
    </message>
    <message>
        <source>Hamilton/Vinton</source>
        <translation>Hamilton/Vinton</translation>
    </message>
    <message>
        <source>Largest remainders, used 1850-1900: whole quotas first, then the largest fractions</source>
        <translation>Restos mayores, usado en 1850-1900: primero las cuotas enteras, luego las fracciones mayores</translation>
    </message>
    <message>
        <source>Jefferson</source>
        <translation>Jefferson</translation>
    </message>
    <message>
        <source>Greatest divisors, used 1790-1830: priority population / (n + 1)</source>
        <translation>Divisores mayores, usado en 1790-1830: prioridad población / (n + 1)</translation>
    </message>
    <message>
        <source>DC: electors under the 23rd Amendment</source>
        <translation>DC: electores según la Enmienda 23</translation>
    </message>
    <message>
        <source>DC admitted as a state</source>
        <translation>DC admitido como estado</translation>
    </message>
    <message>
        <source>DC: no electors (23rd Amendment repealed)</source>
        <translation>DC: sin electores (Enmienda 23 derogada)</translation>
    </message>
    <message>
        <source>the Wyoming rule&apos;s House of {size} seats</source>
        <translation>la Cámara de {size} escaños de la regla de Wyoming</translation>
    </message>
    <message>
        <source>the cube-root rule&apos;s House of {size} seats</source>
        <translation>la Cámara de {size} escaños de la regla de la raíz cúbica</translation>
    </message>
    <message>
        <source>a House of {size} seats</source>
        <translation>una Cámara de {size} escaños</translation>
    </message>
    <message>
        <source>23rd Amendment</source>
        <translation>Enmienda 23</translation>
    </message>
    <message>
        <source>a state</source>
        <translation>un estado</translation>
    </message>
    <message>
        <source>no electors</source>
        <translation>sin electores</translation>
    </message>
    <message>
        <source>the {census} census, {size}, {method}</source>
        <translation>el censo de {census}, {size}, {method}</translation>
    </message>
    <message>
        <source>Puerto Rico admitted as a state</source>
        <translation>Puerto Rico admitido como estado</translation>
    </message>
    <message>
        <source>What-if apportionment: {size}, the {census} census, {method}</source>
        <translation>Reparto hipotético: {size}, el censo de {census}, {method}</translation>
    </message>
    <message>
        <source>; {states} admitted</source>
        <translation>; {states} admitidos como estados</translation>
    </message>
    <message>
        <source>The District of Columbia would have {as_state} electors as a state; the 23rd Amendment holds it to the least populous state&apos;s {cap} ({state}).</source>
        <translation>El Distrito de Columbia tendría {as_state} electores como estado; la Enmienda 23 lo limita a los {cap} del estado menos poblado ({state}).</translation>
    </message>
    <message>
        <source>The District of Columbia has {count} electors, as many as if it were a state (23rd Amendment; the least populous state, {state}, has {cap}).</source>
        <translation>El Distrito de Columbia tiene {count} electores, tantos como si fuera un estado (Enmienda 23; el estado menos poblado, {state}, tiene {cap}).</translation>
    </message>
    <message>
        <source>Congress never apportioned the House from the {census} census; this what-if does.</source>
        <translation>El Congreso nunca repartió la Cámara según el censo de {census}; esta hipótesis sí lo hace.</translation>
    </message>
    <message>
        <source>{states}: not among the {census} census&apos;s states; one seat each, as Congress gave them on admission.</source>
        <translation>{states}: no estaban entre los estados del censo de {census}; un escaño cada uno, como les dio el Congreso al admitirlos.</translation>
    </message>
    <message>
        <source>The District of Columbia has no electors (the 23rd Amendment repealed).</source>
        <translation>El Distrito de Columbia no tiene electores (Enmienda 23 derogada).</translation>
    </message>
    <message>
        <source>{state} has no presidential vote on record: its {count} electors are undecided until someone carries it.</source>
        <translation>{state} no tiene voto presidencial registrado: sus {count} electores están sin decidir hasta que alguien lo gane.</translation>
    </message>
    <message>
        <source>New districts ({units}) have no vote on record: they start pledged as their state&apos;s at-large pair.</source>
        <translation>Los distritos nuevos ({units}) no tienen voto registrado: empiezan comprometidos como el par estatal de su estado.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>1 state gains electors</source>
        <translation>1 estado gana electores</translation>
    </message>
    <message>
        <source>{count} states gain electors</source>
        <translation>{count} estados ganan electores</translation>
    </message>
    <message>
        <source>1 state loses electors</source>
        <translation>1 estado pierde electores</translation>
    </message>
    <message>
        <source>{count} states lose electors</source>
        <translation>{count} estados pierden electores</translation>
    </message>
    <message>
        <source>no state&apos;s electors change</source>
        <translation>ningún estado cambia de electores</translation>
    </message>
    <message>
        <source>{changes}; {appointed} electors in all.</source>
        <translation>{changes}; {appointed} electores en total.</translation>
    </message>
    <message>
        <source>**Apportionment:** {choice}.</source>
        <translation>**Reparto:** {choice}.</translation>
    </message>
    <message>
        <source>tie: the House decides</source>
        <translation>empate: decide la Cámara</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>sin mayoría</translation>
    </message>
    <message>
        <source>{name} elected</source>
        <translation>gana {name}</translation>
    </message>
    <message>
        <source>The {census} census, {method}</source>
        <translation>El censo de {census}, {method}</translation>
    </message>
    <message>
        <source>{heading}: the count for every House size from {first} to {last}</source>
        <translation>{heading}: el recuento para cada tamaño de la Cámara de {first} a {last}</translation>
    </message>
    <message>
        <source>House sizes</source>
        <translation>Tamaños de la Cámara</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The winner changes at: {sizes}.</source>
        <translation>El ganador cambia en: {sizes}.</translation>
    </message>
    <message>
        <source>The winner is the same at every size with a majority.</source>
        <translation>El ganador es el mismo en cada tamaño con mayoría.</translation>
    </message>
    <message>
        <source>{a} and {b} tie at: {sizes}.</source>
        <translation>{a} y {b} empatan en: {sizes}.</translation>
    </message>
    <message>
        <source>{a} and {b} never tie.</source>
        <translation>{a} y {b} nunca empatan.</translation>
    </message>
    <message>
        <source>a tie, {votes} each: the House decides</source>
        <translation>empate, {votes} cada uno: decide la Cámara</translation>
    </message>
    <message>
        <source>no majority: the House decides</source>
        <translation>sin mayoría: decide la Cámara</translation>
    </message>
    <message>
        <source>{size} seats: {what} ({a} {a_votes}, {b} {b_votes}; {majority} needed)</source>
        <translation>{size} escaños: {what} ({a} {a_votes}, {b} {b_votes}; se necesitan {majority})</translation>
    </message>
    <message>
        <source>Electoral votes above a majority, by House size ({census} census)</source>
        <translation>Votos electorales por encima de la mayoría, según el tamaño de la Cámara (censo de {census})</translation>
    </message>
</context>
<context>
    <name>apportionment_panel</name>
    <message>
        <source>Seats as chosen</source>
        <translation>Escaños elegidos</translation>
    </message>
    <message>
        <source>Wyoming rule</source>
        <translation>Regla de Wyoming</translation>
    </message>
    <message>
        <source>Cube-root rule</source>
        <translation>Regla de la raíz cúbica</translation>
    </message>
    <message>
        <source>The House has the number of seats on the slider</source>
        <translation>La Cámara tiene el número de escaños del deslizador</translation>
    </message>
    <message>
        <source>As many seats as the total population holds the least populous state&apos;s</source>
        <translation>Tantos escaños como veces cabe la población del estado menos poblado en la población total</translation>
    </message>
    <message>
        <source>As many seats as the cube root of the total population</source>
        <translation>Tantos escaños como la raíz cúbica de la población total</translation>
    </message>
    <message>
        <source>House size (seats)</source>
        <translation>escaños de la Cámara</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>mayoría</translation>
    </message>
    <message>
        <source>Apportionment</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Census</source>
        <translation>Censo</translation>
    </message>
    <message>
        <source>Whose populations divide the House</source>
        <translation>Las poblaciones con que se reparte la Cámara</translation>
    </message>
    <message>
        <source>{year} (never used)</source>
        <translation>{year} (nunca usado)</translation>
    </message>
    <message>
        <source>House size</source>
        <translation>Tamaño de la Cámara</translation>
    </message>
    <message>
        <source>Seats in the House</source>
        <translation>Escaños de la Cámara</translation>
    </message>
    <message>
        <source>House size rule</source>
        <translation>Regla del tamaño de la Cámara</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>The District of Columbia&apos;s electors</source>
        <translation>Los electores del Distrito de Columbia</translation>
    </message>
    <message>
        <source>Puerto Rico admitted as a state</source>
        <translation>Puerto Rico admitido como estado</translation>
    </message>
    <message>
        <source>Back to the record</source>
        <translation>Volver al registro</translation>
    </message>
    <message>
        <source>The electors the election had (undoable)</source>
        <translation>Los electores que tuvo la elección (se puede deshacer)</translation>
    </message>
    <message>
        <source>What the apportionment changes</source>
        <translation>Lo que cambia el reparto</translation>
    </message>
    <message>
        <source>Electoral votes above a majority by House size</source>
        <translation>Votos electorales sobre la mayoría según el tamaño de la Cámara</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>DC</source>
        <translation>DC</translation>
    </message>
    <message>
        <source>Apportionment populations start with the 1910 census: choose an election from {year} on.</source>
        <translation>Las poblaciones de reparto empiezan con el censo de 1910: elija una elección desde {year}.</translation>
    </message>
    <message>
        <source>The election&apos;s own apportionment: {choice}. Choose another census, House size or method to see whose electors change.</source>
        <translation>El reparto propio de la elección: {choice}. Elija otro censo, tamaño de la Cámara o método para ver qué electores cambian.</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
</context>
<context>
    <name>candidate_dialog</name>
    <message>
        <source>Add a candidate</source>
        <translation>Agregar un candidato</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Pick a party for its usual colour, or type any party</source>
        <translation>Elija un partido para usar su color habitual, o escriba cualquier partido</translation>
    </message>
    <message>
        <source>Running mate</source>
        <translation>Compañero de fórmula</translation>
    </message>
    <message>
        <source>Electors pledged to this candidate vote for the running mate for Vice President</source>
        <translation>Los electores comprometidos con este candidato votan por su compañero de fórmula para vicepresidente</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Partido</translation>
    </message>
    <message>
        <source>&amp;Running mate</source>
        <translation>&amp;Compañero de fórmula</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>C&amp;olor</translation>
    </message>
    <message>
        <source>Candidate colour</source>
        <translation>Color del candidato</translation>
    </message>
    <message>
        <source>{name} is already a candidate</source>
        <translation>{name} ya está entre los candidatos</translation>
    </message>
</context>
<context>
    <name>candidates</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation>Vicepresidente</translation>
    </message>
    <message>
        <source>{votes} of {majority} needed: {missing} short</source>
        <translation>{votes} de los {majority} necesarios: faltan {missing}</translation>
    </message>
    <message>
        <source>{votes} of {majority} needed: {spare} to spare</source>
        <translation>{votes} de los {majority} necesarios: sobran {spare}</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>{count} others</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>{votes} · needs {missing} more</source>
        <translation>{votes} · le faltan {missing}</translation>
    </message>
    <message>
        <source>{votes} · majority reached, {spare} to spare</source>
        <translation>{votes} · alcanza la mayoría, le sobran {spare}</translation>
    </message>
    <message>
        <source>{votes} · elected, {spare} to spare</source>
        <translation>{votes} · gana, le sobran {spare}</translation>
    </message>
    <message>
        <source>{votes} · {spare} to spare</source>
        <translation>{votes} · le sobran {spare}</translation>
    </message>
    <message>
        <source>Electoral votes for President against the majority</source>
        <translation>Votos electorales para presidente frente a la mayoría</translation>
    </message>
    <message>
        <source>Electoral votes for Vice President against the majority</source>
        <translation>Votos electorales para vicepresidente frente a la mayoría</translation>
    </message>
    <message>
        <source>Electoral votes</source>
        <translation>Votos electorales</translation>
    </message>
    <message>
        <source>{votes} in all</source>
        <translation>{votes} en total</translation>
    </message>
    <message>
        <source>Not yet called</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>{count} not yet called</source>
        <translation>{count} aún sin decidir</translation>
    </message>
    <message>
        <source>{majority} to win</source>
        <translation>{majority} para ganar</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>{unit} carried by {name}</source>
        <translation>{unit} lo gana {name}</translation>
    </message>
    <message>
        <source>faithful</source>
        <translation>fiel</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>Elector {number} (President): {vote}</source>
        <translation>Elector {number} (presidente): {vote}</translation>
    </message>
    <message>
        <source>Elector {number} (Vice President): {vote}</source>
        <translation>Elector {number} (vicepresidente): {vote}</translation>
    </message>
    <message>
        <source>Swing {points} points toward {name}</source>
        <translation>Desplazamiento de {points} puntos hacia {name}</translation>
    </message>
    <message>
        <source>Popular vote: {method}</source>
        <translation>Voto popular: {method}</translation>
    </message>
    <message>
        <source>Objection to {state}</source>
        <translation>Objeción a {state}</translation>
    </message>
    <message>
        <source>Objection to {state} withdrawn</source>
        <translation>Objeción a {state} retirada</translation>
    </message>
    <message>
        <source>Vote on the objection to {state}</source>
        <translation>Votación sobre la objeción a {state}</translation>
    </message>
    <message>
        <source>The count as recorded</source>
        <translation>El escrutinio tal como consta</translation>
    </message>
    <message>
        <source>No objections</source>
        <translation>Sin objeciones</translation>
    </message>
    <message>
        <source>The count in Congress</source>
        <translation>El escrutinio en el Congreso</translation>
    </message>
    <message>
        <source>Elector {number}: absent</source>
        <translation>Elector {number}: ausente</translation>
    </message>
    <message>
        <source>Elector {number}: votes again</source>
        <translation>Elector {number}: vuelve a votar</translation>
    </message>
    <message>
        <source>{state} appoints its electors</source>
        <translation>{state} designa a sus electores</translation>
    </message>
    <message>
        <source>{state} appoints no electors</source>
        <translation>{state} no designa electores</translation>
    </message>
    <message>
        <source>Add candidate {name}</source>
        <translation>Agregar candidato: {name}</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Color de {name}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Cambiar el nombre de {old} a {new}</translation>
    </message>
    <message>
        <source>Reset to the official result</source>
        <translation>Volver al resultado oficial</translation>
    </message>
    <message>
        <source>Reset to the pledges</source>
        <translation>Volver a los compromisos</translation>
    </message>
    <message>
        <source>Apply state laws</source>
        <translation>Aplicar las leyes estatales</translation>
    </message>
    <message>
        <source>Ignore state laws</source>
        <translation>Ignorar las leyes estatales</translation>
    </message>
    <message>
        <source>Restored unsaved work</source>
        <translation>Trabajo sin guardar recuperado</translation>
    </message>
    <message>
        <source>{unit}: {rating}</source>
        <translation>{unit}: {rating}</translation>
    </message>
    <message>
        <source>Popular votes typed in</source>
        <translation>Votos populares escritos</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>by party</source>
        <translation>según el partido</translation>
    </message>
    <message>
        <source>{unit} not yet called</source>
        <translation>{unit} aún sin decidir</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>dividida</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstención</translation>
    </message>
    <message>
        <source>House delegation of {state}: {vote}</source>
        <translation>Delegación de {state} en la Cámara: {vote}</translation>
    </message>
    <message>
        <source>Senators of {state}: {vote}</source>
        <translation>Senadores de {state}: {vote}</translation>
    </message>
    <message>
        <source>Back to the recorded apportionment</source>
        <translation>Volver al reparto registrado</translation>
    </message>
    <message>
        <source>House by the Wyoming rule ({census} census, {method})</source>
        <translation>Cámara según la regla de Wyoming (censo de {census}, {method})</translation>
    </message>
    <message>
        <source>House by the cube-root rule ({census} census, {method})</source>
        <translation>Cámara según la regla de la raíz cúbica (censo de {census}, {method})</translation>
    </message>
    <message>
        <source>House of {size} seats ({census} census, {method})</source>
        <translation>Cámara de {size} escaños (censo de {census}, {method})</translation>
    </message>
</context>
<context>
    <name>congress</name>
    <message>
        <source>{number}th</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}.º</translation>
    </message>
    <message>
        <source>the {ordinal} Congress</source>
        <translation>{ordinal} Congreso</translation>
    </message>
    <message>
        <source>{party} (caucuses with {caucus})</source>
        <translation>{party} (se agrupa con {caucus})</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>party unknown</source>
        <translation>partido desconocido</translation>
    </message>
    <message>
        <source>{congress} (newly elected)</source>
        <translation>{congress} (recién elegido)</translation>
    </message>
    <message>
        <source>{congress} (sitting when the votes were counted)</source>
        <translation>{congress} (en funciones cuando se contaron los votos)</translation>
    </message>
    <message>
        <source>; it is not elected yet, so {congress} stands in</source>
        <translation>; aún no ha sido elegido, así que lo sustituye el {congress}</translation>
    </message>
</context>
<context>
    <name>congress_models</name>
    <message>
        <source>By party (default)</source>
        <translation>Según el partido (predeterminado)</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>dividida</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstención</translation>
    </message>
    <message>
        <source>Set by hand (bold) or by the party make-up; F2 or double-click to change</source>
        <translation>Fijado a mano (en negrita) o según la composición partidista; F2 o doble clic para cambiarlo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Senators</source>
        <translation>Senadores</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
</context>
<context>
    <name>congress_panel</name>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>House of Representatives</source>
        <translation>Cámara de Representantes</translation>
    </message>
    <message>
        <source>House delegations</source>
        <translation>Delegaciones en la Cámara</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation>Senado</translation>
    </message>
    <message>
        <source>Senators</source>
        <translation>Senadores</translation>
    </message>
    <message>
        <source>Who takes office</source>
        <translation>Quién asume el cargo</translation>
    </message>
</context>
<context>
    <name>contingent</name>
    <message>
        <source>no {party} candidate is in the running</source>
        <translation>ningún candidato {party} sigue en la contienda</translation>
    </message>
    <message>
        <source>its party has several candidates ({names})</source>
        <translation>su partido tiene varios candidatos ({names})</translation>
    </message>
    <message>
        <source>no representatives in the source data: absent</source>
        <translation>no hay representantes en los datos de origen: ausente</translation>
    </message>
    <message>
        <source>no party has a majority of its {seats} members</source>
        <translation>ningún partido tiene la mayoría de sus {seats} miembros</translation>
    </message>
    <message>
        <source>{party} {members} of {seats}</source>
        <translation>{party} {members} de {seats}</translation>
    </message>
    <message>
        <source>{share}, but {why}</source>
        <translation>{share}, pero {why}</translation>
    </message>
    <message>
        <source>{undecided} electoral votes are still undecided; the House votes only if no one has a majority once every elector has voted.</source>
        <translation>Aún hay {undecided} votos electorales sin decidir; la Cámara vota solo si nadie tiene la mayoría una vez que todos los electores han votado.</translation>
    </message>
    <message>
        <source>{winner} has a majority of the electoral votes; the House does not vote.</source>
        <translation>{winner} tiene la mayoría de los votos electorales; la Cámara no vota.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fijado a mano</translation>
    </message>
    <message>
        <source>recorded, {ballot}</source>
        <translation>registrado, {ballot}</translation>
    </message>
    <message>
        <source>recorded blank ballot, {ballot}</source>
        <translation>registrado voto en blanco, {ballot}</translation>
    </message>
    <message>
        <source>recorded divided, {ballot}</source>
        <translation>registrada dividida, {ballot}</translation>
    </message>
    <message>
        <source>Only {present} of {total} states are present: a quorum is {quorum} states.</source>
        <translation>Solo están presentes {present} de {total} estados: el cuórum es de {quorum} estados.</translation>
    </message>
    <message>
        <source>{winner} is elected President by {states} of {total} states ({needed} needed).</source>
        <translation>{winner} gana la presidencia con {states} de {total} estados (se necesitan {needed}).</translation>
    </message>
    <message>
        <source>No one has {needed} of {total} states: the House is deadlocked and keeps balloting.</source>
        <translation>Nadie tiene {needed} de {total} estados: la Cámara está bloqueada y sigue votando.</translation>
    </message>
    <message>
        <source>{winner} has a majority of the electoral votes for Vice President; the Senate does not vote.</source>
        <translation>{winner} tiene la mayoría de los votos electorales para vicepresidente; el Senado no vota.</translation>
    </message>
    <message>
        <source>{undecided} electoral votes are still undecided; the Senate votes only if no one has a majority.</source>
        <translation>Aún hay {undecided} votos electorales sin decidir; el Senado vota solo si nadie tiene la mayoría.</translation>
    </message>
    <message>
        <source>The Vice President is the runner-up once a President is chosen; none is yet.</source>
        <translation>El vicepresidente es quien queda en segundo lugar una vez elegido el presidente; aún no hay presidente.</translation>
    </message>
    <message>
        <source>{name} has the most electoral votes after {president} ({votes}) and is Vice President.</source>
        <translation>{name} tiene más votos electorales que nadie después de {president} ({votes}) y ocupa la vicepresidencia.</translation>
    </message>
    <message>
        <source>No one else received electoral votes.</source>
        <translation>Nadie más recibió votos electorales.</translation>
    </message>
    <message>
        <source>no senators in the source data: vacant</source>
        <translation>no hay senadores en los datos de origen: vacante</translation>
    </message>
    <message>
        <source>the first member seated in each seat, from the terms of service</source>
        <translation>el primer miembro que ocupó cada escaño, según los periodos de servicio</translation>
    </message>
    <message>
        <source>divided</source>
        <translation>dividida</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>sin voto</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partido</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>sin candidato</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>según el registro</translation>
    </message>
    <message>
        <source>by party count</source>
        <translation>por conteo del partido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>**President: the House chooses** between the tied leaders: {names}.</source>
        <translation>**Presidente: elige la Cámara** entre los empatados en primer lugar: {names}.</translation>
    </message>
    <message>
        <source>**President: the House chooses** among the five highest: {names}.</source>
        <translation>**Presidente: elige la Cámara** entre los cinco más votados: {names}.</translation>
    </message>
    <message>
        <source>**President: the House chooses** among the top three in electoral votes: {names}.</source>
        <translation>**Presidente: elige la Cámara** entre los tres con más votos electorales: {names}.</translation>
    </message>
    <message>
        <source>No one has {majority} of {appointed} electoral votes ({votes}).</source>
        <translation>Nadie tiene {majority} de {appointed} votos electorales ({votes}).</translation>
    </message>
    <message>
        <source>the members listed on {date}, with the seats as held on the day of the count, {day}</source>
        <translation>los miembros registrados el {date}, con los escaños como estaban el día del recuento, {day}</translation>
    </message>
    <message>
        <source>the members listed on {date}</source>
        <translation>los miembros registrados el {date}</translation>
    </message>
    <message>
        <source>the members in office on {date}</source>
        <translation>los miembros en funciones el {date}</translation>
    </message>
    <message>
        <source>House of {congress}; delegations: {source}.</source>
        <translation>Cámara de Representantes del {congress}; delegaciones: {source}.</translation>
    </message>
    <message>
        <source>{states} states vote, one vote each; {needed} needed; quorum {quorum} states; DC has no vote.</source>
        <translation>Votan {states} estados, un voto cada uno; se necesitan {needed}; cuórum de {quorum} estados; DC no vota.</translation>
    </message>
    <message>
        <source>Tied for the last place and not admitted: {names}.</source>
        <translation>Empatados en el último lugar y no admitidos: {names}.</translation>
    </message>
    <message>
        <source>**{name}: 1 state**: {states}.</source>
        <translation>**{name}: 1 estado**: {states}.</translation>
    </message>
    <message>
        <source>**{name}: {count} states**: {states}.</source>
        <translation>**{name}: {count} estados**: {states}.</translation>
    </message>
    <message>
        <source>**No vote: {count}**: {states}.</source>
        <translation>**Sin voto: {count}**: {states}.</translation>
    </message>
    <message>
        <source>Recorded vote, {ballot}: {note}</source>
        <translation>Votación registrada, {ballot}: {note}</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Fuente: {source}.</translation>
    </message>
    <message>
        <source>**Result:** {reason}</source>
        <translation>**Resultado:** {reason}</translation>
    </message>
    <message>
        <source>abstains</source>
        <translation>se abstiene</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacante</translation>
    </message>
    <message>
        <source>Only {present} of {whole} senators are present: a quorum is {quorum}.</source>
        <translation>Solo están presentes {present} de {whole} senadores: el cuórum es de {quorum}.</translation>
    </message>
    <message>
        <source>{winner} is elected Vice President by {senators} senators ({needed} needed).</source>
        <translation>{winner} gana la vicepresidencia con {senators} senadores (se necesitan {needed}).</translation>
    </message>
    <message>
        <source>No one has {needed} senators&apos; votes: the Senate is deadlocked.</source>
        <translation>Nadie tiene los votos de {needed} senadores: el Senado está bloqueado.</translation>
    </message>
    <message>
        <source>**Vice President: the Senate chooses** among those tied for second: {names}.</source>
        <translation>**Vicepresidente: elige el Senado** entre los empatados en segundo lugar: {names}.</translation>
    </message>
    <message>
        <source>**Vice President: the Senate chooses** between the two highest numbers: {names}.</source>
        <translation>**Vicepresidente: elige el Senado** entre las dos cifras más altas: {names}.</translation>
    </message>
    <message>
        <source>A tie among the two highest numbers admits everyone who holds one of them.</source>
        <translation>Un empate entre las dos cifras más altas admite a todos los que tienen una de ellas.</translation>
    </message>
    <message>
        <source>Senate of {congress}; senators: {source}.</source>
        <translation>Senado del {congress}; senadores: {source}.</translation>
    </message>
    <message>
        <source>{whole} senators in all, each votes; {needed} needed; quorum {quorum}.</source>
        <translation>{whole} senadores en total, cada uno vota; se necesitan {needed}; cuórum de {quorum}.</translation>
    </message>
    <message>
        <source>**Senators**: {counts}; not voting {not_voting}.</source>
        <translation>**Senadores**: {counts}; no votan {not_voting}.</translation>
    </message>
    <message>
        <source>The rows below show each senator&apos;s party; the totals are the recorded ones.</source>
        <translation>Las filas muestran el partido de cada senador; los totales son los registrados.</translation>
    </message>
    <message>
        <source>January 20, {year}</source>
        <translation>20 de enero de {year}</translation>
    </message>
    <message>
        <source>March 4, {year}</source>
        <translation>4 de marzo de {year}</translation>
    </message>
    <message>
        <source>{president}, chosen by the House, becomes President on {begins}.</source>
        <translation>{president} asume la presidencia el {begins}, por decisión de la Cámara.</translation>
    </message>
    <message>
        <source>{president}, chosen by the electors, becomes President on {begins}.</source>
        <translation>{president} asume la presidencia el {begins}, por decisión de los electores.</translation>
    </message>
    <message>
        <source> The Senate has not chosen a Vice President.</source>
        <translation> El Senado no ha elegido vicepresidente.</translation>
    </message>
    <message>
        <source>Undecided: electoral votes remain to be cast.</source>
        <translation>Sin decidir: aún quedan votos electorales por emitir.</translation>
    </message>
    <message>
        <source>The House is deadlocked and the Constitution names no one to act: no President would take office on {begins}. (In 1801 Federalists weighed having an officer such as the President pro tempore of the Senate act under the 1792 succession law; Republicans called it usurpation.)</source>
        <translation>La Cámara está bloqueada y la Constitución no designa a nadie para ejercer el cargo: ningún presidente asumiría el {begins}. (En 1801 los federalistas consideraron que un funcionario como el presidente pro tempore del Senado ejerciera el cargo según la ley de sucesión de 1792; los republicanos lo llamaron usurpación).</translation>
    </message>
    <message>
        <source>The House has not chosen a President: {vice_president}, the Vice President-elect, acts as President from {begins} until it does (20th Amendment, section 3).</source>
        <translation>La Cámara no ha elegido presidente: {vice_president}, vicepresidente electo, ejerce la presidencia desde el {begins} hasta que lo haga (20.ª Enmienda, sección 3).</translation>
    </message>
    <message>
        <source>The House has not chosen a President by {begins}: {vice_president}, the Vice President, acts as President (12th Amendment: as in the case of the death or disability of the President).</source>
        <translation>La Cámara no ha elegido presidente para el {begins}: {vice_president}, vicepresidente, ejerce la presidencia (12.ª Enmienda: como en caso de muerte o incapacidad del presidente).</translation>
    </message>
    <message>
        <source>**Who takes office:** {text}</source>
        <translation>**Quién asume el cargo:** {text}</translation>
    </message>
    <message>
        <source>Contingent election</source>
        <translation>Elección contingente</translation>
    </message>
    <message>
        <source>**President:** {reason}</source>
        <translation>**Presidente:** {reason}</translation>
    </message>
    <message>
        <source>**Vice President:** {reason}</source>
        <translation>**Vicepresidente:** {reason}</translation>
    </message>
    <message>
        <source>{heading} — contingent election, with any edits applied</source>
        <translation>{heading} — elección contingente, con los cambios aplicados</translation>
    </message>
    <message>
        <source>House of Representatives</source>
        <translation>Cámara de Representantes</translation>
    </message>
    <message>
        <source>States: {counts}; no vote {no_vote}. {needed} of {total} needed, quorum {quorum}; DC has no vote.</source>
        <translation>Estados: {counts}; sin voto {no_vote}. Se necesitan {needed} de {total}, cuórum {quorum}; DC no vota.</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation>Senado</translation>
    </message>
    <message>
        <source>Senators: {counts}; not voting {not_voting}. {needed} of {whole} needed.</source>
        <translation>Senadores: {counts}; no votan {not_voting}. Se necesitan {needed} de {whole}.</translation>
    </message>
    <message>
        <source>the Speaker of the House</source>
        <translation>el presidente de la Cámara de Representantes</translation>
    </message>
    <message>
        <source>Neither the House nor the Senate has chosen: the Speaker of the House acts as President from {begins}, after resigning from the House (Presidential Succession Act of 1947, 3 U.S.C. 19), until a President or Vice President is chosen.</source>
        <translation>Ni la Cámara ni el Senado han elegido: el presidente de la Cámara de Representantes ejerce la presidencia desde el {begins}, tras renunciar a la Cámara (Ley de Sucesión Presidencial de 1947, 3 U.S.C. 19), hasta que se elija presidente o vicepresidente.</translation>
    </message>
    <message>
        <source>Neither the House nor the Senate has chosen by {begins}: the 20th Amendment lets Congress name by law who then acts, and no law yet did (the Succession Act of 1947 later named the Speaker).</source>
        <translation>Ni la Cámara ni el Senado han elegido para el {begins}: la 20.ª Enmienda permite al Congreso designar por ley quién ejerce entonces el cargo, y ninguna ley lo hacía aún (la Ley de Sucesión de 1947 designó después al presidente de la Cámara).</translation>
    </message>
    <message>
        <source>Neither the House nor the Senate has chosen by {begins}: the Constitution then named no one; the Succession Act of 1886 (the Secretary of State, then the Cabinet) would arguably have applied.</source>
        <translation>Ni la Cámara ni el Senado han elegido para el {begins}: la Constitución no designaba entonces a nadie; probablemente se habría aplicado la Ley de Sucesión de 1886 (el secretario de Estado y luego el resto del Gabinete).</translation>
    </message>
    <message>
        <source>Neither the House nor the Senate has chosen by {begins}: the Constitution then named no one; the Succession Act of 1792 (the President pro tempore of the Senate, then the Speaker) would arguably have applied.</source>
        <translation>Ni la Cámara ni el Senado han elegido para el {begins}: la Constitución no designaba entonces a nadie; probablemente se habría aplicado la Ley de Sucesión de 1792 (el presidente pro tempore del Senado y luego el presidente de la Cámara).</translation>
    </message>
</context>
<context>
    <name>count</name>
    <message>
        <source>No rule for objections: the presiding officer opened the certificates and announced the count (before 1865, and again in 1881 and 1885).</source>
        <translation>Sin regla para las objeciones: quien presidía abría los certificados y anunciaba el escrutinio (antes de 1865, y de nuevo en 1881 y 1885).</translation>
    </message>
    <message>
        <source>22nd Joint Rule (1865–1876): any member may object; a vote objected to is counted only if both Houses agree, so either House alone rejects it.</source>
        <translation>Regla Conjunta 22 (1865–1876): cualquier miembro puede objetar; un voto objetado solo se cuenta si ambas Cámaras lo acuerdan, así que cualquiera de ellas por sí sola lo rechaza.</translation>
    </message>
    <message>
        <source>Electoral Commission Act (1877): an objection needs a senator and a representative; a single return is rejected only by both Houses; competing returns go to the Commission, whose decision stands unless both Houses reject it.</source>
        <translation>Ley de la Comisión Electoral (1877): una objeción necesita un senador y un representante; un único certificado solo lo rechazan ambas Cámaras; los certificados en disputa van a la Comisión, cuya decisión se mantiene salvo que ambas Cámaras la rechacen.</translation>
    </message>
    <message>
        <source>Electoral Count Act (1887): an objection in writing needs at least one senator and one representative; a lawfully certified return is rejected only if both Houses agree.</source>
        <translation>Ley de Escrutinio Electoral (1887): una objeción por escrito necesita al menos un senador y un representante; un certificado legalmente expedido solo se rechaza si ambas Cámaras están de acuerdo.</translation>
    </message>
    <message>
        <source>Electoral Count Reform Act (2022): an objection needs one fifth of each House ({senators} senators and {representatives} representatives); only two grounds; both Houses must sustain it. Electors excluded as not lawfully certified leave the base; a vote not regularly given stays in it.</source>
        <translation>Ley de Reforma del Escrutinio Electoral (2022): una objeción necesita una quinta parte de cada Cámara ({senators} senadores y {representatives} representantes); solo dos motivos; ambas Cámaras deben admitirla. Los electores excluidos por no estar legalmente certificados salen de la base; un voto no emitido regularmente sigue en ella.</translation>
    </message>
    <message>
        <source>not lawfully certified</source>
        <translation>no certificado legalmente</translation>
    </message>
    <message>
        <source>not regularly given</source>
        <translation>no emitido regularmente</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>1 senator</source>
        <translation>1 senador</translation>
    </message>
    <message>
        <source>{count} senators</source>
        <translation>{count} senadores</translation>
    </message>
    <message>
        <source>1 representative</source>
        <translation>1 representante</translation>
    </message>
    <message>
        <source>{count} representatives</source>
        <translation>{count} representantes</translation>
    </message>
    <message>
        <source>sustains</source>
        <translation>la admite</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>la rechaza</translation>
    </message>
    <message>
        <source>there was no rule for objections: the presiding officer announced the count</source>
        <translation>no había regla para las objeciones: quien presidía anunciaba el escrutinio</translation>
    </message>
    <message>
        <source>no member signed it</source>
        <translation>ningún miembro la firmó</translation>
    </message>
    <message>
        <source>no senator signed it (the law needs one senator and one representative)</source>
        <translation>ningún senador la firmó (la ley exige un senador y un representante)</translation>
    </message>
    <message>
        <source>no representative signed it (the law needs one senator and one representative)</source>
        <translation>ningún representante la firmó (la ley exige un senador y un representante)</translation>
    </message>
    <message>
        <source>fewer than one fifth of the senators signed it ({needed} of the {members} needed)</source>
        <translation>la firmó menos de una quinta parte de los senadores (se necesitan {needed} de los {members})</translation>
    </message>
    <message>
        <source>fewer than one fifth of the representatives signed it ({needed} of the {members} needed)</source>
        <translation>la firmó menos de una quinta parte de los representantes (se necesitan {needed} de los {members})</translation>
    </message>
    <message>
        <source>the state&apos;s electors are not in the count</source>
        <translation>los electores del estado no entran en el escrutinio</translation>
    </message>
    <message>
        <source>the certificate already has an objection</source>
        <translation>el certificado ya tiene una objeción</translation>
    </message>
    <message>
        <source>The objection to {state} is not in order: {why}.</source>
        <translation>La objeción a {state} no procede: {why}.</translation>
    </message>
    <message>
        <source>not in order: {why}</source>
        <translation>no procede: {why}</translation>
    </message>
    <message>
        <source>sustained</source>
        <translation>admitida</translation>
    </message>
    <message>
        <source>not sustained: counted</source>
        <translation>no admitida: se cuenta</translation>
    </message>
    <message>
        <source>announced both ways</source>
        <translation>anunciado de las dos maneras</translation>
    </message>
    <message>
        <source>counted by the presiding officer</source>
        <translation>contado por quien presidía</translation>
    </message>
    <message>
        <source>decided by the Electoral Commission</source>
        <translation>decidido por la Comisión Electoral</translation>
    </message>
    <message>
        <source>not in order</source>
        <translation>no procede</translation>
    </message>
    <message>
        <source>sustained: electors excluded, the base reduced</source>
        <translation>admitida: electores excluidos, la base se reduce</translation>
    </message>
    <message>
        <source>sustained: votes not counted, the base kept</source>
        <translation>admitida: votos no contados, la base se mantiene</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation>Senado</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>As recorded ({date}): {note}</source>
        <translation>Según consta ({date}): {note}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Uncertain: {item}</source>
        <translation>Dudoso: {item}</translation>
    </message>
    <message>
        <source>{year}: the count in Congress</source>
        <translation>{year}: el escrutinio en el Congreso</translation>
    </message>
    <message>
        <source>No objection: every certificate is counted.</source>
        <translation>Ninguna objeción: se cuentan todos los certificados.</translation>
    </message>
    <message>
        <source>President: {votes}</source>
        <translation>Presidente: {votes}</translation>
    </message>
    <message>
        <source>Electors</source>
        <translation>Electores</translation>
    </message>
    <message>
        <source>Votes for President</source>
        <translation>Votos para presidente</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objeción</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>no se cuentan</translation>
    </message>
    <message>
        <source>Certificates opened in the alphabetical order of the states (3 U.S.C. §15).</source>
        <translation>Certificados abiertos en el orden alfabético de los estados (3 U.S.C. §15).</translation>
    </message>
    <message>
        <source>Certificates in this data&apos;s order of the states; the record of the time opened them from north to south.</source>
        <translation>Certificados en el orden de los estados de estos datos; el registro de la época los abría de norte a sur.</translation>
    </message>
    <message>
        <source>The count in Congress excluded {states} ({electors} electors) as not lawfully certified: {appointed} electors appointed, {majority} needed.</source>
        <translation>El escrutinio en el Congreso excluyó a {states} ({electors} electores) por no estar legalmente certificados: {appointed} electores designados, {majority} necesarios.</translation>
    </message>
    <message>
        <source>The count in Congress did not count the votes of {electors} electors of {states} as not regularly given; they stay in the base ({appointed} appointed, {majority} needed).</source>
        <translation>El escrutinio en el Congreso no contó los votos de {electors} electores de {states} por no haberse emitido regularmente; siguen en la base ({appointed} designados, {majority} necesarios).</translation>
    </message>
</context>
<context>
    <name>count_model</name>
    <message>
        <source>Sustains the objection</source>
        <translation>Admite la objeción</translation>
    </message>
    <message>
        <source>Rejects the objection</source>
        <translation>Rechaza la objeción</translation>
    </message>
    <message>
        <source>Yeas–nays to sustain the objection; F2 or double-click to change this vote</source>
        <translation>Síes–noes para admitir la objeción; F2 o doble clic para cambiar este voto</translation>
    </message>
</context>
<context>
    <name>count_panel</name>
    <message>
        <source>The rule of the count</source>
        <translation>La regla del escrutinio</translation>
    </message>
    <message>
        <source>What the count changed</source>
        <translation>Lo que cambió el escrutinio</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Senators</source>
        <translation>Senadores</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objetar</translation>
    </message>
    <message>
        <source>Object to the selected state&apos;s certificate</source>
        <translation>Objetar el certificado del estado seleccionado</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Como consta</translation>
    </message>
    <message>
        <source>Replay the joint session as recorded</source>
        <translation>Reproducir la sesión conjunta tal como consta</translation>
    </message>
    <message>
        <source>No objections</source>
        <translation>Sin objeciones</translation>
    </message>
    <message>
        <source>Select a state&apos;s certificate first.</source>
        <translation>Seleccione primero el certificado de un estado.</translation>
    </message>
    <message>
        <source>The session as recorded: what it decided is already in the official result.</source>
        <translation>La sesión tal como consta: lo que decidió ya está en el resultado oficial.</translation>
    </message>
    <message>
        <source>The count changed nothing: every certificate counts as cast.</source>
        <translation>El escrutinio no cambió nada: todos los certificados cuentan tal como se emitieron.</translation>
    </message>
    <message>
        <source>No objection: every certificate counts as cast.</source>
        <translation>Ninguna objeción: todos los certificados cuentan tal como se emitieron.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>$500 forfeiture recoverable by the Attorney General</source>
        <translation>multa de 500 dólares que puede cobrar el fiscal general</translation>
    </message>
    <message>
        <source>36th ballot, 17 February 1801</source>
        <translation>36.ª votación, 17 de febrero de 1801</translation>
    </message>
    <message>
        <source>49 of the 52 senators voted, along party lines. The Senate Journal names each senator&apos;s vote; that roll call is not in our sources, so only the totals are recorded.</source>
        <translation>Votaron 49 de los 52 senadores, según la línea de su partido. El Diario del Senado registra el voto de cada senador; esa lista no está en nuestras fuentes, así que solo se registran los totales.</translation>
    </message>
    <message>
        <source>8 February 1837</source>
        <translation>8 de febrero de 1837</translation>
    </message>
    <message>
        <source>Adams 13 states, Jackson 7, Crawford 4, on the first ballot.</source>
        <translation>Adams 13 estados, Jackson 7, Crawford 4, en la primera votación.</translation>
    </message>
    <message>
        <source>An anonymous Minnesota elector voted for John Edwards (spelled &apos;John Ewards&apos;) for President, apparently by mistake.</source>
        <translation>Un elector anónimo de Minnesota votó por John Edwards (escrito «John Ewards») para presidente, al parecer por error.</translation>
    </message>
    <message>
        <source>Bailey&apos;s votes for Wallace and LeMay; he had been elected as a Nixon elector.</source>
        <translation>Los votos de Bailey por Wallace y LeMay; había sido elegido como elector de Nixon.</translation>
    </message>
    <message>
        <source>Barbara Lett-Simmons cast blank ballots to protest the District&apos;s lack of representation in Congress; she still counts as appointed.</source>
        <translation>Barbara Lett-Simmons votó en blanco en protesta por la falta de representación del Distrito en el Congreso; aun así cuenta como designada.</translation>
    </message>
    <message>
        <source>Bill Greene, pledged to Donald Trump, voted for Ron Paul and Mike Pence.</source>
        <translation>Bill Greene, comprometido con Donald Trump, votó por Ron Paul y Mike Pence.</translation>
    </message>
    <message>
        <source>Christopher Suprun, pledged to Donald Trump, voted for John Kasich and Carly Fiorina.</source>
        <translation>Christopher Suprun, comprometido con Donald Trump, votó por John Kasich y Carly Fiorina.</translation>
    </message>
    <message>
        <source>David Mulinix, pledged to Hillary Clinton, voted for Bernie Sanders and Elizabeth Warren.</source>
        <translation>David Mulinix, comprometido con Hillary Clinton, votó por Bernie Sanders y Elizabeth Warren.</translation>
    </message>
    <message>
        <source>Did not take part (seceded, or not yet readmitted).</source>
        <translation>No participó (se había separado o aún no había sido readmitido).</translation>
    </message>
    <message>
        <source>Esther John, pledged to Hillary Clinton, voted for Colin Powell and Susan Collins.</source>
        <translation>Esther John, comprometida con Hillary Clinton, votó por Colin Powell y Susan Collins.</translation>
    </message>
    <message>
        <source>Henry D. Irwin voted for Harry F. Byrd and Barry Goldwater.</source>
        <translation>Henry D. Irwin votó por Harry F. Byrd y Barry Goldwater.</translation>
    </message>
    <message>
        <source>Horace Greeley, who carried this state, died on 29 November 1872, before the electors met; his electors scattered their votes.</source>
        <translation>Horace Greeley, que ganó este estado, murió el 29 de noviembre de 1872, antes de que se reunieran los electores; sus electores repartieron sus votos.</translation>
    </message>
    <message>
        <source>Levi Guerra, pledged to Hillary Clinton, voted for Colin Powell and Maria Cantwell.</source>
        <translation>Levi Guerra, comprometido con Hillary Clinton, votó por Colin Powell y Maria Cantwell.</translation>
    </message>
    <message>
        <source>Margarette Leach reversed the ticket.</source>
        <translation>Margarette Leach invirtió la fórmula.</translation>
    </message>
    <message>
        <source>Mike Padden voted for Ronald Reagan for President.</source>
        <translation>Mike Padden votó por Ronald Reagan para presidente.</translation>
    </message>
    <message>
        <source>New York&apos;s legislature deadlocked and appointed no electors.</source>
        <translation>La legislatura de Nueva York se bloqueó y no designó electores.</translation>
    </message>
    <message>
        <source>One Delaware elector did not vote.</source>
        <translation>Un elector de Delaware no votó.</translation>
    </message>
    <message>
        <source>One Kentucky elector did not vote.</source>
        <translation>Un elector de Kentucky no votó.</translation>
    </message>
    <message>
        <source>One Mississippi elector died before the meeting and was not replaced.</source>
        <translation>Un elector de Misisipi murió antes de la reunión y no fue sustituido.</translation>
    </message>
    <message>
        <source>One Ohio elector did not vote.</source>
        <translation>Un elector de Ohio no votó.</translation>
    </message>
    <message>
        <source>One Pennsylvania elector died before the meeting and was not replaced.</source>
        <translation>Un elector de Pensilvania murió antes de la reunión y no fue sustituido.</translation>
    </message>
    <message>
        <source>One Tennessee elector died before the meeting and was not replaced.</source>
        <translation>Un elector de Tennessee murió antes de la reunión y no fue sustituido.</translation>
    </message>
    <message>
        <source>One of Vermont&apos;s four electors did not vote.</source>
        <translation>Uno de los cuatro electores de Vermont no votó.</translation>
    </message>
    <message>
        <source>Peter Bret Chiafalo, pledged to Hillary Clinton, voted for Colin Powell and Elizabeth Warren.</source>
        <translation>Peter Bret Chiafalo, comprometido con Hillary Clinton, votó por Colin Powell y Elizabeth Warren.</translation>
    </message>
    <message>
        <source>Preston Parks, on both the Democratic and the States&apos; Rights slates, voted for Thurmond.</source>
        <translation>Preston Parks, que figuraba en las listas demócrata y de los Derechos de los Estados, votó por Thurmond.</translation>
    </message>
    <message>
        <source>Robert Satiacum Jr., pledged to Hillary Clinton, voted for Faith Spotted Eagle and Winona LaDuke.</source>
        <translation>Robert Satiacum Jr., comprometido con Hillary Clinton, votó por Faith Spotted Eagle y Winona LaDuke.</translation>
    </message>
    <message>
        <source>Roger MacBride voted for the Libertarian ticket; Tonie Nathan was the first woman to receive an electoral vote.</source>
        <translation>Roger MacBride votó por la fórmula libertaria; Tonie Nathan fue la primera mujer en recibir un voto electoral.</translation>
    </message>
    <message>
        <source>Congress announced Georgia&apos;s 9 votes both ways: with them Horatio Seymour had 80 votes, without them 71. Ulysses S. Grant&apos;s 214 were a majority either way (of 294 electors with Georgia, of 285 without).</source>
        <translation>El Congreso anunció los 9 votos de Georgia de las dos maneras: con ellos Horatio Seymour tenía 80 votos, sin ellos 71. Los 214 de Ulysses S. Grant eran mayoría en ambos casos (de 294 electores con Georgia, de 285 sin ella).</translation>
    </message>
    <message>
        <source>&quot;It is over&quot;: the objection was signed by a member of the House, not by a senator.</source>
        <translation>&quot;Se acabó&quot;: la objeción la firmaba un miembro de la Cámara, no un senador.</translation>
    </message>
    <message>
        <source>Competing returns; the Commission counted the Hayes electors, 8–7; the decision stood.</source>
        <translation>Certificados en disputa; la Comisión contó a los electores de Hayes, 8–7; la decisión se mantuvo.</translation>
    </message>
    <message>
        <source>Congress announced Missouri&apos;s 3 votes both ways: with them James Monroe had 231 votes, without them 228. He was elected either way, so the question was left open.</source>
        <translation>El Congreso anunció los 3 votos de Misuri de las dos maneras: con ellos James Monroe tenía 231 votos, sin ellos 228. Quedaba elegido en ambos casos, así que la cuestión quedó abierta.</translation>
    </message>
    <message>
        <source>Counted in the alternative: with Missouri Monroe 231, without 228.</source>
        <translation>Contado de las dos maneras: con Misuri, Monroe 231; sin él, 228.</translation>
    </message>
    <message>
        <source>David Bright voted for Bernie Sanders; under state law the vote was ruled out of order and David Bright voted again, for Hillary Clinton.</source>
        <translation>David Bright votó por Bernie Sanders; según la ley estatal el voto se declaró improcedente y David Bright volvió a votar, por Hillary Clinton.</translation>
    </message>
    <message>
        <source>Democratic House members objected 11 times (NBC News) to the votes of several states; none had a senator&apos;s signature, and Vice President Biden ruled each out of order. Only Georgia&apos;s objection (Representative Pramila Jayapal) is itemized here.</source>
        <translation>Miembros demócratas de la Cámara objetaron 11 veces (NBC News) a los votos de varios estados; ninguna objeción llevaba la firma de un senador, y el vicepresidente Biden declaró que ninguna procedía. Aquí solo se detalla la objeción a Georgia (la representante Pramila Jayapal).</translation>
    </message>
    <message>
        <source>Disputed: Florida sent rival returns. The Electoral Commission accepted the Republican electors, who voted for Hayes.</source>
        <translation>Disputado: Florida envió actas rivales. La Comisión Electoral aceptó a los electores republicanos, que votaron por Hayes.</translation>
    </message>
    <message>
        <source>Disputed: Louisiana sent rival returns. The Electoral Commission accepted the Republican electors, who voted for Hayes.</source>
        <translation>Disputado: Luisiana envió actas rivales. La Comisión Electoral aceptó a los electores republicanos, que votaron por Hayes.</translation>
    </message>
    <message>
        <source>Disputed: South Carolina sent rival returns. The Electoral Commission accepted the Republican electors, who voted for Hayes.</source>
        <translation>Disputado: Carolina del Sur envió actas rivales. La Comisión Electoral aceptó a los electores republicanos, que votaron por Hayes.</translation>
    </message>
    <message>
        <source>Disputed: one Republican elector, a postmaster, was challenged as ineligible and the governor certified a Democrat in his place. The Electoral Commission accepted the Republican electors, so all 3 votes went to Hayes.</source>
        <translation>Disputado: se impugnó a un elector republicano, jefe de correos, por inelegible, y el gobernador certificó a un demócrata en su lugar. La Comisión Electoral aceptó a los electores republicanos, así que los 3 votos fueron para Hayes.</translation>
    </message>
    <message>
        <source>Florida, Louisiana, Oregon and South Carolina sent competing returns. Under the Electoral Commission Act of 29 January 1877 each was referred to a commission of 15 (5 senators, 5 representatives, 5 justices), which decided for the Hayes electors 8–7 every time; its decision stood unless both Houses rejected it, and the Senate upheld it each time. Hayes 185, Tilden 184. Objections to single returns (Vermont, Wisconsin and others) failed.</source>
        <translation>Florida, Luisiana, Oregón y Carolina del Sur enviaron certificados en disputa. Según la Ley de la Comisión Electoral del 29 de enero de 1877, cada caso pasó a una comisión de 15 (5 senadores, 5 representantes, 5 jueces del Supremo), que decidió a favor de los electores de Hayes por 8–7 todas las veces; su decisión se mantenía salvo que ambas Cámaras la rechazaran, y el Senado la sostuvo cada vez. Hayes 185, Tilden 184. Las objeciones a certificados únicos (Vermont, Wisconsin y otros) fracasaron.</translation>
    </message>
    <message>
        <source>Georgia&apos;s 9 votes were announced both ways: the House objected that Georgia had not met the Reconstruction Acts and that its electors had not voted on the day set by law.</source>
        <translation>Los 9 votos de Georgia se anunciaron de las dos maneras: la Cámara objetó que Georgia no había cumplido las Leyes de Reconstrucción y que sus electores no votaron el día fijado por la ley.</translation>
    </message>
    <message>
        <source>Georgia&apos;s vote was announced both ways (Grant 214; Seymour 80 with Georgia&apos;s 9, 71 without); an objection to Louisiana&apos;s vote failed in both Houses.</source>
        <translation>El voto de Georgia se anunció de las dos maneras (Grant 214; Seymour 80 con los 9 de Georgia, 71 sin ellos); una objeción al voto de Luisiana fracasó en ambas Cámaras.</translation>
    </message>
    <message>
        <source>Lloyd W. Bailey voted for George C. Wallace and Curtis LeMay.</source>
        <translation>Lloyd W. Bailey votó por George C. Wallace y Curtis LeMay.</translation>
    </message>
    <message>
        <source>Louisiana chose electors under a Union government and they voted for Lincoln and Johnson, but the joint resolution of 8 February 1865 declared the eleven states in rebellion not entitled to electoral votes, and Congress did not count them.</source>
        <translation>Luisiana eligió electores bajo un gobierno unionista y votaron por Lincoln y Johnson, pero la resolución conjunta del 8 de febrero de 1865 declaró que los once estados en rebelión no tenían derecho a votos electorales, y el Congreso no los contó.</translation>
    </message>
    <message>
        <source>Members of the House objected, one after another, to Florida&apos;s 25 votes; none had a senator&apos;s signature, so the presiding officer, Vice President Gore, ruled each out of order.</source>
        <translation>Miembros de la Cámara objetaron, uno tras otro, a los 25 votos de Florida; ninguna objeción llevaba la firma de un senador, así que quien presidía, el vicepresidente Gore, declaró que ninguna procedía.</translation>
    </message>
    <message>
        <source>Micheal Baca voted for John Kasich; under state law the vote was voided and the elector replaced. Celeste Landry was appointed in the seat and voted as pledged.</source>
        <translation>Micheal Baca votó por John Kasich; según la ley estatal el voto se anuló y el elector fue sustituido. Celeste Landry fue designada para el puesto y votó según su compromiso.</translation>
    </message>
    <message>
        <source>Missouri&apos;s 3 votes were announced both ways: its admission as a state was not yet complete when Congress counted them.</source>
        <translation>Los 3 votos de Misuri se anunciaron de las dos maneras: su admisión como estado aún no había concluido cuando el Congreso los contó.</translation>
    </message>
    <message>
        <source>Missouri&apos;s admission was still disputed; by a resolution agreed beforehand the President of the Senate announced the count both ways: Monroe 231 with Missouri&apos;s 3 votes, 228 without; elected either way.</source>
        <translation>La admisión de Misuri seguía en disputa; por una resolución acordada de antemano, el presidente del Senado anunció el escrutinio de las dos maneras: Monroe 231 con los 3 votos de Misuri, 228 sin ellos; elegido en cualquier caso.</translation>
    </message>
    <message>
        <source>Muhammad Abdurrahman voted for Bernie Sanders for President and Tulsi Gabbard for Vice President; under state law the vote was voided and the elector replaced. Jill Garcia was appointed in the seat and voted as pledged.</source>
        <translation>Muhammad Abdurrahman votó por Bernie Sanders para presidente y por Tulsi Gabbard para vicepresidenta; según la ley estatal el voto se anuló y el elector fue sustituido. Jill Garcia fue designada para el puesto y votó según su compromiso.</translation>
    </message>
    <message>
        <source>No senator signed.</source>
        <translation>Ningún senador firmó.</translation>
    </message>
    <message>
        <source>North Carolina and Rhode Island had not yet ratified the Constitution and chose no electors; New York&apos;s legislature appointed none.</source>
        <translation>Carolina del Norte y Rhode Island aún no habían ratificado la Constitución y no eligieron electores; la legislatura de Nueva York no designó ninguno.</translation>
    </message>
    <message>
        <source>Objection of Benjamin F. Butler (House): the electors did not vote on the day set by law, among other grounds. Announced in the alternative by a concurrent resolution.</source>
        <translation>Objeción de Benjamin F. Butler (Cámara): los electores no votaron el día fijado por la ley, entre otros motivos. Se anunció de las dos maneras por una resolución concurrente.</translation>
    </message>
    <message>
        <source>Objection of James Mullins (House): no valid election held. The two Houses, by concurrent action, decided the vote should be counted.</source>
        <translation>Objeción de James Mullins (Cámara): no hubo una elección válida. Las dos Cámaras, de común acuerdo, decidieron que el voto se contara.</translation>
    </message>
    <message>
        <source>Objection of Senator George F. Hoar: Greeley had died on 29 November 1872, before the electors voted. Not counted because the House voted to exclude; the votes stay in the base.</source>
        <translation>Objeción del senador George F. Hoar: Greeley había muerto el 29 de noviembre de 1872, antes de que votaran los electores. No se contaron porque la Cámara votó excluirlos; los votos siguen en la base.</translation>
    </message>
    <message>
        <source>Objection of Senator Lyman Trumbull (the certificates did not say the electors voted by ballot; one elector filling a vacancy was certified on information only). Counted after debate.</source>
        <translation>Objeción del senador Lyman Trumbull (los certificados no decían que los electores votaran por papeleta; un elector que cubría una vacante estaba certificado solo por referencias). Contado tras el debate.</translation>
    </message>
    <message>
        <source>Objection that electors voted for Brown for both offices (the inhabitant rule); no elector had, and the vote was counted.</source>
        <translation>Objeción de que hubo electores que votaron por Brown para ambos cargos (la regla de residencia); ningún elector lo había hecho, y el voto se contó.</translation>
    </message>
    <message>
        <source>Objection that the return was certified by the acting Secretary of State, not the Governor, and that four electors had filled vacancies; counted.</source>
        <translation>Objeción de que el certificado lo firmaba el secretario de Estado interino, no el gobernador, y de que cuatro electores habían cubierto vacantes; contado.</translation>
    </message>
    <message>
        <source>Objections by members of the Congressional Black Caucus (Hastings, Waters, Jackson Jr. and others), some written and signed by several members; no senator signed.</source>
        <translation>Objeciones de miembros del Caucus Negro del Congreso (Hastings, Waters, Jackson Jr. y otros), algunas por escrito y firmadas por varios miembros; ningún senador firmó.</translation>
    </message>
    <message>
        <source>One Nevada elector did not vote (snowbound).</source>
        <translation>Un elector de Nevada no votó (bloqueado por la nieve).</translation>
    </message>
    <message>
        <source>One elector&apos;s place disputed (Watts, a postmaster, or Cronin); the Commission counted Oregon&apos;s 3 votes for Hayes, 8–7; the decision stood.</source>
        <translation>El puesto de un elector estaba en disputa (Watts, jefe de correos, o Cronin); la Comisión contó los 3 votos de Oregón para Hayes, 8–7; la decisión se mantuvo.</translation>
    </message>
    <message>
        <source>Rival Arkansas electors met; Congress rejected the state&apos;s votes (certified by the Secretary of State only). The record here does not say how either slate voted.</source>
        <translation>Se reunieron electores rivales de Arkansas; el Congreso rechazó los votos del estado (certificados solo por el secretario de Estado). Los datos de aquí no dicen cómo votó cada lista.</translation>
    </message>
    <message>
        <source>Senator Barbara Boxer and Representative Stephanie Tubbs Jones objected to Ohio&apos;s 20 votes (not regularly given). Senate 1–74, House 31–267: not sustained.</source>
        <translation>La senadora Barbara Boxer y la representante Stephanie Tubbs Jones objetaron a los 20 votos de Ohio (no emitidos regularmente). Senado 1–74, Cámara 31–267: no admitida.</translation>
    </message>
    <message>
        <source>Senator Loeffler withdrew her signature; no senator signed.</source>
        <translation>La senadora Loeffler retiró su firma; ningún senador firmó.</translation>
    </message>
    <message>
        <source>Seven faithless votes for President were counted. Three more were cast and voided under state law: Micheal Baca (Colorado) and Muhammad Abdurrahman (Minnesota) were replaced after voting for John Kasich and Bernie Sanders (Abdurrahman also for Tulsi Gabbard as Vice President); David Bright (Maine) voted for Bernie Sanders, was ruled out of order and voted again, for Hillary Clinton.</source>
        <translation>Se contaron siete votos infieles para presidente. Otros tres se emitieron y se anularon según la ley estatal: Micheal Baca (Colorado) y Muhammad Abdurrahman (Minnesota) fueron sustituidos tras votar por John Kasich y Bernie Sanders (Abdurrahman también por Tulsi Gabbard para vicepresidenta); David Bright (Maine) votó por Bernie Sanders, su voto se declaró improcedente y volvió a votar, por Hillary Clinton.</translation>
    </message>
    <message>
        <source>Taft&apos;s running mate, James S. Sherman, died on 30 October 1912; the Republican National Committee named Nicholas Murray Butler to receive his votes.</source>
        <translation>El compañero de fórmula de Taft, James S. Sherman, murió el 30 de octubre de 1912; el Comité Nacional Republicano designó a Nicholas Murray Butler para recibir sus votos.</translation>
    </message>
    <message>
        <source>Tennessee chose electors under a Union government and they voted for Lincoln and Johnson, but the joint resolution of 8 February 1865 declared the eleven states in rebellion not entitled to electoral votes, and Congress did not count them.</source>
        <translation>Tennessee eligió electores bajo un gobierno unionista y votaron por Lincoln y Johnson, pero la resolución conjunta del 8 de febrero de 1865 declaró que los once estados en rebelión no tenían derecho a votos electorales, y el Congreso no los contó.</translation>
    </message>
    <message>
        <source>The eleven states in rebellion took no part in the count: by the joint resolution of 8 February 1865 Congress declared them not entitled to electoral votes, including Louisiana and Tennessee, whose electors had voted for Lincoln.</source>
        <translation>Los once estados en rebelión no participaron en el recuento: por la resolución conjunta del 8 de febrero de 1865 el Congreso declaró que no tenían derecho a votos electorales, incluidos Luisiana y Tennessee, cuyos electores habían votado por Lincoln.</translation>
    </message>
    <message>
        <source>The first 35 ballots went 8 states to 6 with Vermont and Maryland divided. On the 36th, Vermont&apos;s and Maryland&apos;s Federalists abstained or cast blanks, giving both states to Jefferson; Delaware and South Carolina cast blank ballots.</source>
        <translation>Las primeras 35 votaciones terminaron 8 estados contra 6, con Vermont y Maryland divididos. En la 36.ª, los federalistas de Vermont y Maryland se abstuvieron o votaron en blanco, lo que dio ambos estados a Jefferson; Delaware y Carolina del Sur votaron en blanco.</translation>
    </message>
    <message>
        <source>The first count under the Electoral Count Reform Act of 2022 (one fifth of each House must sign an objection). No objection was made; Vice President Harris announced her own defeat: Trump 312, Harris 226.</source>
        <translation>El primer escrutinio según la Ley de Reforma del Escrutinio Electoral de 2022 (una quinta parte de cada Cámara debe firmar una objeción). No hubo objeciones; la vicepresidenta Harris anunció su propia derrota: Trump 312, Harris 226.</translation>
    </message>
    <message>
        <source>The return was certified by the Secretary of State only, under his own seal; rejected because the Senate voted not to receive it.</source>
        <translation>El certificado lo firmaba solo el secretario de Estado, con su propio sello; rechazado porque el Senado votó no recibirlo.</translation>
    </message>
    <message>
        <source>The second objection since 1887 to reach a vote in both Houses.</source>
        <translation>La segunda objeción desde 1887 que llegó a votarse en ambas Cámaras.</translation>
    </message>
    <message>
        <source>The votes were cast on 4 December, not on the day set by law; counted by the presiding officer, no decision of the Houses.</source>
        <translation>Los votos se emitieron el 4 de diciembre, no el día fijado por la ley; los contó quien presidía, sin decisión de las Cámaras.</translation>
    </message>
    <message>
        <source>The votes were not regularly given.</source>
        <translation>Los votos no se emitieron regularmente.</translation>
    </message>
    <message>
        <source>The votes were not, under all of the known circumstances, regularly given.</source>
        <translation>Los votos no se emitieron regularmente, a la vista de todas las circunstancias conocidas.</translation>
    </message>
    <message>
        <source>Three Georgia electors voted for the deceased Horace Greeley; the House resolved not to count those votes (they stay in the base: 352 appointed, 177 needed).</source>
        <translation>Tres electores de Georgia votaron por Horace Greeley, ya fallecido; la Cámara resolvió no contar esos votos (siguen en la base: 352 designados, 177 necesarios).</translation>
    </message>
    <message>
        <source>Three Maryland electors did not vote.</source>
        <translation>Tres electores de Maryland no votaron.</translation>
    </message>
    <message>
        <source>Three returns; the Commission counted the Hayes electors, 8–7. The Senate agreed, the House disagreed: the decision stood.</source>
        <translation>Tres certificados; la Comisión contó a los electores de Hayes, 8–7. El Senado estuvo de acuerdo y la Cámara no: la decisión se mantuvo.</translation>
    </message>
    <message>
        <source>Twenty electoral votes were disputed: Florida&apos;s, Louisiana&apos;s and South Carolina&apos;s rival returns and one Oregon elector. An Electoral Commission of five senators, five representatives and five justices awarded all twenty to Hayes, 8 votes to 7, and Congress counted them: Hayes 185, Tilden 184.</source>
        <translation>Veinte votos electorales estuvieron en disputa: las actas rivales de Florida, Luisiana y Carolina del Sur y un elector de Oregón. Una Comisión Electoral de cinco senadores, cinco representantes y cinco jueces del Supremo los adjudicó todos a Hayes, por 8 votos a 7, y el Congreso los contó: Hayes 185, Tilden 184.</translation>
    </message>
    <message>
        <source>Two Maryland electors did not vote.</source>
        <translation>Dos electores de Maryland no votaron.</translation>
    </message>
    <message>
        <source>Two objections reached a vote: Arizona (Senator Ted Cruz, Representative Paul Gosar and 60 colleagues; Senate 6–93, House 121–303) and Pennsylvania (Senator Josh Hawley, Representative Scott Perry; Senate 7–92, House 138–282). Objections to Georgia, Michigan, Nevada and Wisconsin had no senator&apos;s signature (Senator Kelly Loeffler withdrew hers from Georgia&apos;s after the Capitol was attacked).</source>
        <translation>Dos objeciones llegaron a votarse: Arizona (el senador Ted Cruz, el representante Paul Gosar y 60 colegas; Senado 6–93, Cámara 121–303) y Pensilvania (el senador Josh Hawley y el representante Scott Perry; Senado 7–92, Cámara 138–282). Las objeciones a Georgia, Míchigan, Nevada y Wisconsin no llevaban la firma de un senador (la senadora Kelly Loeffler retiró la suya de la de Georgia tras el asalto al Capitolio).</translation>
    </message>
    <message>
        <source>Two of Maryland&apos;s eight electors did not vote.</source>
        <translation>Dos de los ocho electores de Maryland no votaron.</translation>
    </message>
    <message>
        <source>Two of Maryland&apos;s ten electors did not vote.</source>
        <translation>Dos de los diez electores de Maryland no votaron.</translation>
    </message>
    <message>
        <source>Two returning boards certified rival Louisiana electors, who both voted; Congress counted neither. The record here does not say how either slate voted.</source>
        <translation>Dos juntas escrutadoras certificaron electores rivales de Luisiana, que votaron unos y otros; el Congreso no contó a ninguno. Los datos de aquí no dicen cómo votó cada lista.</translation>
    </message>
    <message>
        <source>Two returning boards, two sets of electors; neither return was counted, both Houses concurring.</source>
        <translation>Dos juntas escrutadoras, dos grupos de electores; no se contó ninguno de los dos certificados, de acuerdo ambas Cámaras.</translation>
    </message>
    <message>
        <source>Under the 22nd Joint Rule: Georgia&apos;s 3 votes for the late Horace Greeley were not counted (the House voted to exclude them, the Senate to receive them); Arkansas&apos;s vote was rejected (the Senate voted to reject, the House to receive); Louisiana&apos;s two returns were both rejected, the Houses concurring. Objections to Mississippi, Missouri and Texas failed. 352 electors remain in the base, 177 needed. The certificates were opened from Maine southward, then west, not alphabetically.</source>
        <translation>Según la Regla Conjunta 22: no se contaron los 3 votos de Georgia para el difunto Horace Greeley (la Cámara votó excluirlos y el Senado recibirlos); se rechazó el voto de Arkansas (el Senado votó rechazarlo y la Cámara recibirlo); se rechazaron los dos certificados de Luisiana, de acuerdo ambas Cámaras. Fracasaron las objeciones a Misisipi, Misuri y Texas. Quedan 352 electores en la base; se necesitan 177. Los certificados se abrieron desde Maine hacia el sur y luego hacia el oeste, no por orden alfabético.</translation>
    </message>
    <message>
        <source>Under the Electoral Count Act: Senator Edmund Muskie and Representative James O&apos;Hara objected that North Carolina elector Lloyd W. Bailey&apos;s votes for Wallace and LeMay were not regularly given (he was pledged to Nixon). Senate 33–58, House 170–228: not sustained, counted as cast.</source>
        <translation>Según la Ley de Escrutinio Electoral: el senador Edmund Muskie y el representante James O&apos;Hara objetaron que los votos del elector de Carolina del Norte Lloyd W. Bailey por Wallace y LeMay no se emitieron regularmente (estaba comprometido con Nixon). Senado 33–58, Cámara 170–228: no admitida, contados tal como se emitieron.</translation>
    </message>
    <message>
        <source>Vice President James S. Sherman, Taft&apos;s running mate, died on 30 October 1912, days before the election. The Republican National Committee named Nicholas Murray Butler to receive his electoral votes, and Taft&apos;s 8 electors (Utah and Vermont) voted for him.</source>
        <translation>El vicepresidente James S. Sherman, compañero de fórmula de Taft, murió el 30 de octubre de 1912, días antes de la elección. El Comité Nacional Republicano designó a Nicholas Murray Butler para recibir sus votos electorales, y los 8 electores de Taft (Utah y Vermont) votaron por él.</translation>
    </message>
    <message>
        <source>Virginia appointed eleven of its twelve electors (one district sent no return in time), and one of the eleven did not vote.</source>
        <translation>Virginia designó once de sus doce electores (un distrito no envió su resultado a tiempo), y uno de los once no votó.</translation>
    </message>
    <message>
        <source>Virginia&apos;s Democratic electors refused to vote for Richard M. Johnson, leaving him one vote short of a majority; the Senate then chose him.</source>
        <translation>Los electores demócratas de Virginia se negaron a votar por Richard M. Johnson, que quedó a un voto de la mayoría; después el Senado lo eligió.</translation>
    </message>
    <message>
        <source>W. F. Turner voted for Walter B. Jones and Herman Talmadge.</source>
        <translation>W. F. Turner votó por Walter B. Jones y Herman Talmadge.</translation>
    </message>
    <message>
        <source>William Plumer voted for John Quincy Adams, reportedly so that only Washington would have been chosen unanimously.</source>
        <translation>William Plumer votó por John Quincy Adams, al parecer para que solo Washington hubiera sido elegido por unanimidad.</translation>
    </message>
    <message>
        <source>Wisconsin&apos;s electors met a day late (a snowstorm). The President of the Senate (James M. Mason) announced the count with Wisconsin&apos;s 5 votes over objections; the Houses separated and debated without deciding. Buchanan was elected with or without them.</source>
        <translation>Los electores de Wisconsin se reunieron un día tarde (por una tormenta de nieve). El presidente del Senado (James M. Mason) anunció el escrutinio con los 5 votos de Wisconsin pese a las objeciones; las Cámaras se separaron y debatieron sin decidir. Buchanan quedaba elegido con ellos o sin ellos.</translation>
    </message>
    <message>
        <source>civil penalty up to $1,000</source>
        <translation>multa civil de hasta 1000 dólares</translation>
    </message>
    <message>
        <source>crime (fine and/or imprisonment) for wilful neglect of duty, Elec. Code 18002; never enforced</source>
        <translation>delito (multa o prisión, o ambas) por incumplimiento deliberado del deber, Elec. Code 18002; nunca aplicado</translation>
    </message>
    <message>
        <source>criminal (election-law violation) per CT OLR 2021; amount not verified</source>
        <translation>delito (infracción de la ley electoral) según CT OLR 2021; monto no verificado</translation>
    </message>
    <message>
        <source>first ballot, 9 February 1825</source>
        <translation>primera votación, 9 de febrero de 1825</translation>
    </message>
    <message>
        <source>fourth-degree felony (NMSA 1-15-9(B)); never enforced</source>
        <translation>delito grave de cuarto grado (NMSA 1-15-9(B)); nunca aplicado</translation>
    </message>
    <message>
        <source>misdemeanor, fine up to $1,000</source>
        <translation>delito menor, multa de hasta 1000 dólares</translation>
    </message>
    <message>
        <source>the Houses&apos; vote on each Commission decision is given as the outcome only, without the roll-call figures</source>
        <translation>el voto de las Cámaras sobre cada decisión de la Comisión figura solo como resultado, sin las cifras de la votación nominal</translation>
    </message>
    <message>
        <source>the number of further signers (the record lists several of each House)</source>
        <translation>el número de los demás firmantes (el registro menciona varios de cada Cámara)</translation>
    </message>
    <message>
        <source>the number of objections: the sources read here say several members objected one after another and do not give a count (twenty is sometimes said)</source>
        <translation>el número de objeciones: las fuentes consultadas dicen que varios miembros objetaron uno tras otro y no dan una cifra (a veces se dice que veinte)</translation>
    </message>
    <message>
        <source>the number of representatives who signed Pennsylvania&apos;s objection</source>
        <translation>el número de representantes que firmaron la objeción a Pensilvania</translation>
    </message>
    <message>
        <source>the order in which the objections were decided</source>
        <translation>el orden en que se decidieron las objeciones</translation>
    </message>
    <message>
        <source>the states of the other objections are not compiled here</source>
        <translation>los estados de las demás objeciones no se recogen aquí</translation>
    </message>
    <message>
        <source>who signed the objections to Arkansas, Louisiana, Missouri and Texas</source>
        <translation>quién firmó las objeciones a Arkansas, Luisiana, Misuri y Texas</translation>
    </message>
</context>
<context>
    <name>elector_tree</name>
    <message>
        <source>State / elector</source>
        <translation>Estado / elector</translation>
    </message>
    <message>
        <source>Electors</source>
        <translation>Electores</translation>
    </message>
    <message>
        <source>Carried by / pledged to</source>
        <translation>Ganador / compromiso</translation>
    </message>
    <message>
        <source>Vote for President</source>
        <translation>Voto para presidente</translation>
    </message>
    <message>
        <source>Vote for Vice President</source>
        <translation>Voto para vicepresidente</translation>
    </message>
    <message>
        <source>Pledged to</source>
        <translation>Comprometido con</translation>
    </message>
    <message>
        <source>First vote</source>
        <translation>Primer voto</translation>
    </message>
    <message>
        <source>Second vote</source>
        <translation>Segundo voto</translation>
    </message>
    <message>
        <source>The ticket that won the state&apos;s (or district&apos;s) popular vote; its electors are pledged to it.</source>
        <translation>La fórmula que ganó el voto popular del estado (o del distrito); sus electores están comprometidos con ella.</translation>
    </message>
    <message>
        <source>How the elector actually voted. A faithless elector votes for someone other than the pledge.</source>
        <translation>Cómo votó realmente el elector. Un elector infiel vota por alguien distinto de su compromiso.</translation>
    </message>
    <message>
        <source>Since the 12th Amendment (1804) electors cast a separate ballot for Vice President.</source>
        <translation>Desde la 12.ª Enmienda (1804) los electores emiten una papeleta aparte para vicepresidente.</translation>
    </message>
    <message>
        <source>not yet called</source>
        <translation>aún sin decidir</translation>
    </message>
    <message>
        <source>did not vote</source>
        <translation>no votó</translation>
    </message>
    <message>
        <source>split: {counts}</source>
        <translation>dividido: {counts}</translation>
    </message>
    <message>
        <source>The ticket that carried it. Click (or press Space) to change who carried it.</source>
        <translation>La fórmula que lo ganó. Haga clic (o pulse Espacio) para cambiar quién lo ganó.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>{state}: {appointed} electors appointed ({allotted} allotted)</source>
        <translation>{state}: {appointed} electores designados ({allotted} asignados)</translation>
    </message>
    <message>
        <source>Elector {number}</source>
        <translation>Elector {number}</translation>
    </message>
    <message>
        <source>Elector {number} of {state}</source>
        <translation>Elector {number} de {state}</translation>
    </message>
    <message>
        <source>Pledged to {ticket}: the ticket that carried the unit.</source>
        <translation>Comprometido con {ticket}: la fórmula que ganó la unidad.</translation>
    </message>
    <message>
        <source>{vote} voided by state law → {cast}</source>
        <translation>{vote} anulado por ley estatal → {cast}</translation>
    </message>
    <message>
        <source>{name} (as pledged)</source>
        <translation>{name} (fiel)</translation>
    </message>
    <message>
        <source>Electors appointed. A blank ballot, or an elector who did not vote, still counts as appointed.</source>
        <translation>Electores designados. Un voto en blanco, o un elector que no votó, sigue contando como designado.</translation>
    </message>
    <message>
        <source>pairings not recorded</source>
        <translation>emparejamientos sin registro</translation>
    </message>
    <message>
        <source>1 elector did not vote (still appointed).</source>
        <translation>1 elector no votó (sigue designado).</translation>
    </message>
    <message>
        <source>{count} electors did not vote (still appointed).</source>
        <translation>{count} electores no votaron (siguen designados).</translation>
    </message>
    <message>
        <source>Right-click: appoint no electors, or appoint them again.</source>
        <translation>Clic derecho: no designar electores, o volver a designarlos.</translation>
    </message>
    <message>
        <source>not appointed</source>
        <translation>no designado</translation>
    </message>
    <message>
        <source>not recorded: {pair}</source>
        <translation>sin registro: {pair}</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>absent — no ballot</source>
        <translation>ausente — sin papeleta</translation>
    </message>
    <message>
        <source>blank ballot</source>
        <translation>voto en blanco</translation>
    </message>
    <message>
        <source>{name} — faithless</source>
        <translation>{name} — infiel</translation>
    </message>
    <message>
        <source>Faithful: votes as pledged.</source>
        <translation>Fiel: vota según su compromiso.</translation>
    </message>
    <message>
        <source>Absent: appointed, but cast no ballot. The elector still counts in the base of the majority.</source>
        <translation>Ausente: designado, pero no emitió papeleta. El elector sigue contando en la base de la mayoría.</translation>
    </message>
    <message>
        <source>Blank ballot: counts as appointed but gives no one a vote.</source>
        <translation>Voto en blanco: cuenta como designado, pero no da un voto a nadie.</translation>
    </message>
    <message>
        <source>Faithless: votes for someone other than the ticket the elector is pledged to.</source>
        <translation>Infiel: vota por alguien distinto de la fórmula con la que el elector está comprometido.</translation>
    </message>
    <message>
        <source>State law: {law}.</source>
        <translation>Ley estatal: {law}.</translation>
    </message>
    <message>
        <source>The elector is replaced and the replacement votes as pledged.</source>
        <translation>El elector es sustituido y quien lo sustituye vota según el compromiso.</translation>
    </message>
    <message>
        <source>In the record: {elector} voted for {name}; the vote was ruled out of order under state law and the elector voted again, as pledged.</source>
        <translation>En los registros: {elector} votó por {name}; según la ley estatal el voto se declaró improcedente y el elector volvió a votar, según su compromiso.</translation>
    </message>
    <message>
        <source>In the record: {elector} voted for {name}; state law voided the vote and another elector was appointed in the seat.</source>
        <translation>En los registros: {elector} votó por {name}; la ley estatal anuló el voto y se designó a otro elector para el puesto.</translation>
    </message>
    <message>
        <source>Space: next choice · F2 or double-click: pick or type a name</source>
        <translation>Espacio: siguiente opción · F2 o doble clic: elegir o escribir un nombre</translation>
    </message>
    <message>
        <source>New person?</source>
        <translation>¿Persona nueva?</translation>
    </message>
    <message>
        <source>{name} is not a candidate of this election.</source>
        <translation>{name} no es candidato en esta elección.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>¿Quiso decir {names}?</translation>
    </message>
    <message>
        <source>Add {name} as a new person who can receive votes? (Typing +{name} adds someone new without asking.)</source>
        <translation>¿Añadir a {name} como una persona nueva que puede recibir votos? (Escribir +{name} añade a alguien nuevo sin preguntar).</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Ganado por</translation>
    </message>
    <message>
        <source>Pick a choice or type a name (+NAME: someone who is not a candidate)</source>
        <translation>Elija una opción o escriba un nombre (+NOMBRE: alguien que no es candidato)</translation>
    </message>
    <message>
        <source>States and electors</source>
        <translation>Estados y electores</translation>
    </message>
</context>
<context>
    <name>electors</name>
    <message>
        <source>{name} (faithless)</source>
        <translation>{name} (infiel)</translation>
    </message>
    <message>
        <source>{name} (state law voided a faithless vote)</source>
        <translation>{name} (la ley estatal anuló un voto infiel)</translation>
    </message>
    <message>
        <source>every state</source>
        <translation>todos los estados</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>{heading}: electors of {where}</source>
        <translation>{heading}: electores de {where}</translation>
    </message>
    <message>
        <source>Elector</source>
        <translation>Elector</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pledged to</source>
        <translation>Comprometido con</translation>
    </message>
    <message>
        <source>The record names none of these electors: they are known by number only.</source>
        <translation>El registro no nombra a ninguno de estos electores: solo se conocen por su número.</translation>
    </message>
    <message>
        <source>The record names {named} of these {count} electors; the others are known by number only.</source>
        <translation>El registro nombra a {named} de estos {count} electores; los demás solo se conocen por su número.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Sources: electoral votes from the U.S. National Archives and the Clerk of the U.S. House; electors allotted and 2016 electors from Wikipedia contributors (CC BY-SA); Congress from unitedstates/congress-legislators (CC0); state elector laws from FairVote, NCSL and NARA; apportionment populations from the U.S. Census Bureau; map from the U.S. Census Bureau via us-atlas; tile grid by NPR.</source>
        <translation>Fuentes: votos electorales de los Archivos Nacionales de EE. UU. y del secretario de la Cámara de Representantes; electores asignados y electores de 2016 de colaboradores de Wikipedia (CC BY-SA); Congreso de unitedstates/congress-legislators (CC0); leyes estatales sobre los electores de FairVote, NCSL y NARA; poblaciones de reparto de la Oficina del Censo de EE. UU.; mapa de la Oficina del Censo de EE. UU. vía us-atlas; cuadrícula de mosaicos de NPR.</translation>
    </message>
    <message>
        <source>{year} forecast</source>
        <translation>Pronóstico de {year}</translation>
    </message>
    <message>
        <source>{year} what-if</source>
        <translation>Hipótesis de {year}</translation>
    </message>
    <message>
        <source>start: {start}</source>
        <translation>punto de partida: {start}</translation>
    </message>
    <message>
        <source>Election of {year}</source>
        <translation>Elección de {year}</translation>
    </message>
    <message>
        <source>1 elector changed</source>
        <translation>1 elector cambiado</translation>
    </message>
    <message>
        <source>{count} electors changed</source>
        <translation>{count} electores cambiados</translation>
    </message>
    <message>
        <source>state laws applied</source>
        <translation>leyes estatales aplicadas</translation>
    </message>
    <message>
        <source>{appointed} electors appointed, {majority} needed for a majority</source>
        <translation>{appointed} electores designados, {majority} necesarios para la mayoría</translation>
    </message>
    <message>
        <source>Votes for {name} are not counted: {note}</source>
        <translation>Los votos para {name} no se cuentan: {note}</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>State law voids 1 faithless vote, which count as pledged: {which}.</source>
        <translation>La ley estatal anula 1 voto infiel, que cuenta según el compromiso: {which}.</translation>
    </message>
    <message>
        <source>State law voids {count} faithless votes, which count as pledged: {which}.</source>
        <translation>La ley estatal anula {count} votos infieles, que cuentan según el compromiso: {which}.</translation>
    </message>
    <message>
        <source>The House: {reason}</source>
        <translation>La Cámara: {reason}</translation>
    </message>
    <message>
        <source>The Senate: {reason}</source>
        <translation>El Senado: {reason}</translation>
    </message>
    <message>
        <source>Who takes office: {text}</source>
        <translation>Quién asume el cargo: {text}</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>gana</translation>
    </message>
    <message>
        <source>majority, tied</source>
        <translation>mayoría, empatado</translation>
    </message>
    <message>
        <source>needs {count}</source>
        <translation>le faltan {count}</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Votos en blanco</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No contados</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Lección: {title}</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>página {number} de {count}</translation>
    </message>
    <message>
        <source>Electoral votes (two per elector)</source>
        <translation>Votos electorales (dos por elector)</translation>
    </message>
    <message>
        <source>a majority in this forecast</source>
        <translation>mayoría en este pronóstico</translation>
    </message>
    <message>
        <source>Absent (no ballot)</source>
        <translation>Ausentes (sin papeleta)</translation>
    </message>
    <message>
        <source>Not yet called</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>To majority</source>
        <translation>Para la mayoría</translation>
    </message>
    <message>
        <source>Majority needed: {majority} of {appointed} electors appointed</source>
        <translation>Mayoría necesaria: {majority} de {appointed} electores designados</translation>
    </message>
    <message>
        <source>cannot start drawing on the output</source>
        <translation>no se puede empezar a dibujar en la salida</translation>
    </message>
    <message>
        <source>the output could not be finished</source>
        <translation>no se pudo terminar la salida</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation>la impresora informó de un error</translation>
    </message>
    <message>
        <source>the picture could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Safe {side}</source>
        <translation>Seguro para {side}</translation>
    </message>
    <message>
        <source>Likely {side}</source>
        <translation>Probable para {side}</translation>
    </message>
    <message>
        <source>Lean {side}</source>
        <translation>Inclinado a {side}</translation>
    </message>
    <message>
        <source>Tilt {side}</source>
        <translation>Ligeramente a {side}</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>lean</source>
        <translation>inclinado</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>ligero</translation>
    </message>
    <message>
        <source>toss-up</source>
        <translation>reñido</translation>
    </message>
    <message>
        <source>Toss-up</source>
        <translation>Reñido</translation>
    </message>
    <message>
        <source>Blank forecast: every unit a toss-up</source>
        <translation>Pronóstico en blanco: todas las unidades reñidas</translation>
    </message>
    <message>
        <source>Forecast from the {year} results</source>
        <translation>Pronóstico a partir de los resultados de {year}</translation>
    </message>
    <message>
        <source>Forecast from the {year} margins</source>
        <translation>Pronóstico a partir de los márgenes de {year}</translation>
    </message>
    <message>
        <source>Forecast: {rating}</source>
        <translation>Pronóstico: {rating}</translation>
    </message>
    <message>
        <source>Others or split</source>
        <translation>Otros o divididos</translation>
    </message>
    <message>
        <source>{side} {votes}</source>
        <translation>{side} {votes}</translation>
    </message>
    <message>
        <source>{votes} {side}</source>
        <translation>{votes} {side}</translation>
    </message>
    <message>
        <source>{majority} to win</source>
        <translation>{majority} para ganar</translation>
    </message>
    <message>
        <source>{count} toss-up electors</source>
        <translation>{count} electores reñidos</translation>
    </message>
    <message>
        <source>{rating}: {electors} electors, 1 unit</source>
        <translation>{rating}: {electors} electores, 1 unidad</translation>
    </message>
    <message>
        <source>{rating}: {electors} electors, {units} units</source>
        <translation>{rating}: {electors} electores, {units} unidades</translation>
    </message>
    <message>
        <source>From margins: safe over {safe} points, likely over {likely}, lean from {lean} to {likely}, toss-up under {lean}; tilt is never given from a margin.</source>
        <translation>A partir de márgenes: seguro con más de {safe} puntos, probable con más de {likely}, inclinado de {lean} a {likely}, reñido con menos de {lean}; «ligero» nunca sale de un margen.</translation>
    </message>
    <message>
        <source>Estimated, not from the data: {units} (no district vote in the data: each takes the side that carried it, rated lean).</source>
        <translation>Estimado, no tomado de los datos: {units} (los datos no tienen el voto por distrito: cada uno va al lado que lo ganó, calificado como inclinado).</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>**{left}** · {middle} · **{right}**</source>
        <translation>**{left}** · {middle} · **{right}**</translation>
    </message>
    <message>
        <source>Toss-ups ({count} electors): {units}</source>
        <translation>Reñidos ({count} electores): {units}</translation>
    </message>
    <message>
        <source>Others or split: {count} electors</source>
        <translation>Otros o divididos: {count} electores</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>&amp;Pronóstico</translation>
    </message>
    <message>
        <source>New {next} Forecast from the {last} &amp;Margins</source>
        <translation>Nuevo pronóstico de {next} a partir de los &amp;márgenes de {last}</translation>
    </message>
    <message>
        <source>New {next} Forecast from the {last} &amp;Results</source>
        <translation>Nuevo pronóstico de {next} a partir de los &amp;resultados de {last}</translation>
    </message>
    <message>
        <source>New &amp;Blank {next} Forecast</source>
        <translation>Nuevo pronóstico de {next} en &amp;blanco</translation>
    </message>
    <message>
        <source>Rate {year}: {start}</source>
        <translation>Calificar {year}: {start}</translation>
    </message>
    <message>
        <source>&amp;Stop Forecasting (keep who carries each unit)</source>
        <translation>&amp;Dejar de pronosticar (se conserva quién gana cada unidad)</translation>
    </message>
    <message>
        <source>Forecast rating</source>
        <translation>Calificación del pronóstico</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>a name can have at most {count} characters</source>
        <translation>un nombre puede tener como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>a name cannot contain control characters</source>
        <translation>un nombre no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>{text} is a reserved word, not a person&apos;s name</source>
        <translation>{text} es una palabra reservada, no el nombre de una persona</translation>
    </message>
    <message>
        <source>{text} could be {names}; write the full name</source>
        <translation>{text} podría ser {names}; escriba el nombre completo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>unknown candidate {text}; did you mean {names}? (someone new: {mark}{name})</source>
        <translation>candidato desconocido {text}; ¿quiso decir {names}? (alguien nuevo: {mark}{name})</translation>
    </message>
    <message>
        <source>unknown candidate {text} (candidates: {names}; someone new: {mark}{name})</source>
        <translation>candidato desconocido {text} (candidatos: {names}; alguien nuevo: {mark}{name})</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie aún</translation>
    </message>
    <message>
        <source>{text} does not say who carried it: write a candidate&apos;s name or {undecided}</source>
        <translation>{text} no dice quién lo ganó: escriba el nombre de un candidato o {undecided}</translation>
    </message>
    <message>
        <source>{text} is not a vote: write a person&apos;s name, {blank} or {pledged}</source>
        <translation>{text} no es un voto: escriba el nombre de una persona, {blank} o {pledged}</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se agotó la cuota del disco</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation>el archivo es demasiado grande para el disco</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links</source>
        <translation>es un bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation>Vicepresidente</translation>
    </message>
    <message>
        <source>First vote</source>
        <translation>Primer voto</translation>
    </message>
    <message>
        <source>Second vote</source>
        <translation>Segundo voto</translation>
    </message>
    <message>
        <source>As pledged</source>
        <translation>Según su compromiso</translation>
    </message>
    <message>
        <source>; state laws applied</source>
        <translation>; leyes estatales aplicadas</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>Voto en blanco</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>Absent (no ballot)</source>
        <translation>Ausente (sin papeleta)</translation>
    </message>
    <message>
        <source>Not yet called</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>not yet called</source>
        <translation>aún sin decidir</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not appointed</source>
        <translation>no designado</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>A nivel estatal</translation>
    </message>
    <message>
        <source>District {number}</source>
        <translation>Distrito {number}</translation>
    </message>
    <message>
        <source>{state}, at large</source>
        <translation>{state}, a nivel estatal</translation>
    </message>
    <message>
        <source>{state}, District {number}</source>
        <translation>{state}, distrito {number}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>lesson_links</name>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link opens a web page on {host} in your web browser:

{url}

Open it?</source>
        <translation>Este enlace abre una página web de {host} en su navegador:

{url}

¿Abrirla?</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>This link was not opened:

{url}

A lesson opens only web pages (http or https), in your web browser; never files on this computer or other programs.</source>
        <translation>Este enlace no se abrió:

{url}

Una lección solo abre páginas web (http o https), en su navegador; nunca archivos de este ordenador ni otros programas.</translation>
    </message>
    <message>
        <source>(an empty link)</source>
        <translation>(un enlace vacío)</translation>
    </message>
    <message>
        <source>Images not shown: {sources}. A lesson shows only the images that come with ec-whatif and images embedded in its file (at most {limit} kB each).</source>
        <translation>Imágenes no mostradas: {sources}. Una lección solo muestra las imágenes que trae ec-whatif y las incrustadas en su archivo (como máximo {limit} kB cada una).</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Escenarios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start again from the chosen election</source>
        <translation>Empezar de nuevo desde la elección elegida</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Abrir un archivo de escenario</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save under a new name</source>
        <translation>Guardar con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>&amp;Agregar candidato…</translation>
    </message>
    <message>
        <source>Add a person electors can be pledged to or vote for</source>
        <translation>Agregar una persona con la que los electores pueden comprometerse o por la que pueden votar</translation>
    </message>
    <message>
        <source>Re&amp;colour Candidate…</source>
        <translation>Cambiar &amp;color del candidato…</translation>
    </message>
    <message>
        <source>Change the colour of the selected candidate</source>
        <translation>Cambiar el color del candidato seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>R&amp;establecer</translation>
    </message>
    <message>
        <source>Back to the starting point (undoable)</source>
        <translation>Volver al punto de partida (se puede deshacer)</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>E&amp;xpandir todo</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>&amp;Contraer todo</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <source>Full screen, large type, map and charts only (F11 again to leave)</source>
        <translation>Pantalla completa, letra grande, solo el mapa y los gráficos (F11 otra vez para salir)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
    <message>
        <source>Black on white with heavy outlines</source>
        <translation>Negro sobre blanco con contornos gruesos</translation>
    </message>
    <message>
        <source>Sort by &amp;Electoral Votes</source>
        <translation>&amp;Ordenar por votos electorales</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>The presidential election to start from</source>
        <translation>La elección presidencial de la que se parte</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Official result (as Congress counted) or as pledged (as the voters chose)</source>
        <translation>Resultado oficial (como lo contó el Congreso) o según los compromisos (como eligieron los votantes)</translation>
    </message>
    <message>
        <source>Apply state laws</source>
        <translation>Aplicar leyes estatales</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to the starting point (Ctrl+R; undoable)</source>
        <translation>Volver al punto de partida (Ctrl+R; se puede deshacer)</translation>
    </message>
    <message>
        <source>Add candidate…</source>
        <translation>Nuevo candidato…</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Nuevo candidato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>A majority is more than half of the electors appointed; a blank ballot still counts as appointed.</source>
        <translation>La mayoría es más de la mitad de los electores designados; un voto en blanco cuenta igualmente como designado.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Candidates and totals</source>
        <translation>Candidatos y totales</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Popular vote</source>
        <translation>Voto popular</translation>
    </message>
    <message>
        <source>The voters behind the electors: popular vote, swing, margins, methods, mock election</source>
        <translation>Los votantes detrás de los electores: voto popular, desplazamiento, márgenes, métodos, simulacro de elección</translation>
    </message>
    <message>
        <source>Other voters, another census or House size</source>
        <translation>Otros votantes, otro censo u otro tamaño de la Cámara</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Congreso</translation>
    </message>
    <message>
        <source>With no majority, the House chooses the President (one vote per state) and the Senate the Vice President</source>
        <translation>Si nadie tiene mayoría, la Cámara elige al presidente (un voto por estado) y el Senado al vicepresidente</translation>
    </message>
    <message>
        <source>&amp;Find State or Elector</source>
        <translation>&amp;Buscar estado o elector</translation>
    </message>
    <message>
        <source>Colour-&amp;Blind Palette</source>
        <translation>Paleta para &amp;daltonismo</translation>
    </message>
    <message>
        <source>Blue and vermilion with colours told apart in any colour vision (instead of blue and red)</source>
        <translation>Azul y bermellón, con colores que se distinguen con cualquier visión del color (en lugar de azul y rojo)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Hoja para la clase (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Map picture (PNG)…</source>
        <translation>Imagen del &amp;mapa (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Electors picture (PNG)…</source>
        <translation>Imagen de los &amp;electores (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Chart picture (PNG)…</source>
        <translation>Imagen del &amp;gráfico (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Window picture (PNG)…</source>
        <translation>Imagen de la &amp;ventana (PNG)…</translation>
    </message>
    <message>
        <source>Tally by &amp;state (CSV)…</source>
        <translation>Recuento por e&amp;stado (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout: map, tallies, chart and lesson text</source>
        <translation>Imprimir la hoja para la clase: mapa, recuentos, gráfico y texto de la lección</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Open the lesson &apos;{title}&apos; (ec-whatif lessons: {id})</source>
        <translation>Abrir la lección «{title}» (ec-whatif lessons: {id})</translation>
    </message>
    <message>
        <source>Your Own Lesson…</source>
        <translation>Su propia lección…</translation>
    </message>
    <message>
        <source>A lesson is a scenario file with a title and text: open it</source>
        <translation>Una lección es un archivo de escenario con un título y un texto: ábralo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Show the window in this language</source>
        <translation>Mostrar la ventana en este idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Glossary and Constitution</source>
        <translation>&amp;Glosario y Constitución</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Glossary and Constitution</source>
        <translation>Glosario y Constitución</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Second votes</source>
        <translation>Segundos votos</translation>
    </message>
    <message>
        <source>Congress ⚑</source>
        <translation>Congreso ⚑</translation>
    </message>
    <message>
        <source>{year} what-if</source>
        <translation>Hipótesis de {year}</translation>
    </message>
    <message>
        <source>{name}[*] — Electoral College What-If</source>
        <translation>{name}[*] — Colegio Electoral: ¿y si…?</translation>
    </message>
    <message>
        <source>Apply state laws ({year})</source>
        <translation>Leyes estatales ({year})</translation>
    </message>
    <message>
        <source>Find a state or an elector: name or code (Ctrl+F)</source>
        <translation>Buscar un estado o un elector: nombre o código (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find states and electors</source>
        <translation>Buscar estados y electores</translation>
    </message>
    <message>
        <source>States by name or postal code; when no state matches, electors by name (Suprun) or number (TX:30)</source>
        <translation>Estados por nombre o código postal; si ningún estado coincide, electores por nombre (Suprun) o número (TX:30)</translation>
    </message>
    <message>
        <source>Apportionment</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Another census, House size or apportionment method: each state&apos;s electors are its House seats plus two</source>
        <translation>Otro censo, tamaño de la Cámara o método de reparto: los electores de cada estado son sus escaños en la Cámara más dos</translation>
    </message>
    <message>
        <source>Notes on the count</source>
        <translation>Notas sobre el recuento</translation>
    </message>
    <message>
        <source>Contingent election</source>
        <translation>Elección contingente</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Escrutinio</translation>
    </message>
    <message>
        <source>The joint session: certificates, objections and each House&apos;s vote</source>
        <translation>La sesión conjunta: certificados, objeciones y el voto de cada Cámara</translation>
    </message>
    <message>
        <source>A faithless vote in a state whose law voids it is replaced by a vote as pledged. In {year}: {states}.</source>
        <translation>Un voto infiel en un estado cuya ley lo anula se sustituye por un voto según el compromiso. En {year}: {states}.</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>ningún estado</translation>
    </message>
    <message>
        <source>No data on state laws binding electors in {year} (the table covers 2000-2024).</source>
        <translation>No hay datos sobre las leyes estatales que obligan a los electores en {year} (la tabla cubre 2000-2024).</translation>
    </message>
    <message>
        <source>No state or elector matches “{text}”.</source>
        <translation>Ningún estado ni elector coincide con «{text}».</translation>
    </message>
    <message>
        <source>Select a candidate in the Candidates tab first</source>
        <translation>Primero seleccione un candidato en la pestaña Candidatos</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Color de {name}</translation>
    </message>
    <message>
        <source>Opened {name} again, as you left it (File › New starts afresh)</source>
        <translation>Se ha vuelto a abrir {name}, tal como lo dejó (Archivo › Nuevo empieza de cero)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>{path}: a name contains characters that cannot be saved.</source>
        <translation>{path}: un nombre contiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
    <message>
        <source>{reason}. The previous file is unchanged.</source>
        <translation>{reason}. El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>{reason}. Nothing was saved.</source>
        <translation>{reason}. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this scenario first?</source>
        <translation>¿Guardar primero los cambios de este escenario?</translation>
    </message>
    <message>
        <source>Keys and terms</source>
        <translation>Teclas y términos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Space or Enter: next choice for the selected state&apos;s winner or elector&apos;s vote</source>
        <translation>Espacio o Intro: siguiente opción para el ganador del estado o el voto del elector seleccionado</translation>
    </message>
    <message>
        <source>Shift+Space (or Shift-click on a state on the map): the choice before (in a forecast, a step toward the other side)</source>
        <translation>Mayús+Espacio (o Mayús+clic en un estado del mapa): la opción anterior (en un pronóstico, un paso hacia el otro lado)</translation>
    </message>
    <message>
        <source>F2 or double-click: pick from a list or type any name</source>
        <translation>F2 o doble clic: elegir de una lista o escribir cualquier nombre</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z: undo / redo · Ctrl+F: filter states · Ctrl+R: reset</source>
        <translation>Ctrl+Z / Ctrl+Mayús+Z: deshacer / rehacer · Ctrl+F: filtrar estados · Ctrl+R: restablecer</translation>
    </message>
    <message>
        <source>F11: projector mode · Ctrl + / Ctrl − / Ctrl 0: zoom · F1: glossary and the Constitution</source>
        <translation>F11: modo proyector · Ctrl + / Ctrl − / Ctrl 0: zoom · F1: glosario y Constitución</translation>
    </message>
    <message>
        <source>&lt;b&gt;Elector&lt;/b&gt;: a person appointed by a state to cast its electoral votes.</source>
        <translation>&lt;b&gt;Elector&lt;/b&gt;: una persona designada por un estado para emitir sus votos electorales.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pledge&lt;/b&gt;: the ticket an elector promised to vote for — the one that carried the state or district.</source>
        <translation>&lt;b&gt;Compromiso&lt;/b&gt;: la fórmula por la que un elector prometió votar, la que ganó el estado o el distrito.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Faithless elector&lt;/b&gt;: an elector who votes for someone other than the pledge.</source>
        <translation>&lt;b&gt;Elector infiel&lt;/b&gt;: un elector que vota por alguien distinto de su compromiso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appointed&lt;/b&gt;: the electors whose ballots count toward the base; a blank ballot still counts.</source>
        <translation>&lt;b&gt;Designados&lt;/b&gt;: los electores cuyas papeletas cuentan para la base; un voto en blanco cuenta igualmente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Majority&lt;/b&gt;: more than half of the electors appointed (270 of 538 today).</source>
        <translation>&lt;b&gt;Mayoría&lt;/b&gt;: más de la mitad de los electores designados (hoy 270 de 538).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forecast&lt;/b&gt;: each state rated safe, likely, lean or tilt for one side, or a toss-up (not yet called); lighter shades are less sure.</source>
        <translation>&lt;b&gt;Pronóstico&lt;/b&gt;: cada estado calificado como seguro, probable, inclinado o ligeramente a favor de un lado, o reñido (aún sin decidir); los tonos más claros son menos seguros.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contingent election&lt;/b&gt;: with no majority, the House chooses the President (one vote per state delegation, among the top three) and the Senate the Vice President (between the top two).</source>
        <translation>&lt;b&gt;Elección contingente&lt;/b&gt;: si nadie tiene mayoría, la Cámara elige al presidente (un voto por delegación estatal, entre los tres primeros) y el Senado al vicepresidente (entre los dos primeros).</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <source>AL: at-large pair (ME, NE)</source>
        <translation>AL: los 2 estatales (ME, NE)</translation>
    </message>
    <message>
        <source>Map of the states and their electors</source>
        <translation>Mapa de los estados y sus electores</translation>
    </message>
    <message>
        <source>not appointed</source>
        <translation>no designados</translation>
    </message>
    <message>
        <source>no votes counted</source>
        <translation>votos no contados</translation>
    </message>
    <message>
        <source>did not vote</source>
        <translation>no votó</translation>
    </message>
    <message>
        <source>A seat no elector filled (or whose vote was not counted)</source>
        <translation>Un puesto que ningún elector ocupó (o cuyo voto no se contó)</translation>
    </message>
    <message>
        <source>1, 2, 3…: congressional districts</source>
        <translation>1, 2, 3…: distritos del Congreso</translation>
    </message>
    <message>
        <source>{year}: one dot per elector, both votes for President (halves)</source>
        <translation>{year}: un punto por elector, sus dos votos para presidente (mitades)</translation>
    </message>
    <message>
        <source>{year}: one dot per elector, by vote for President</source>
        <translation>{year}: un punto por elector, según su voto para presidente</translation>
    </message>
    <message>
        <source>{year}: electoral votes (two per elector), by state</source>
        <translation>{year}: votos electorales (dos por elector), por estado</translation>
    </message>
    <message>
        <source>{year} forecast: electoral votes by rating</source>
        <translation>Pronóstico de {year}: votos electorales por calificación</translation>
    </message>
    <message>
        <source>{year}: electoral votes for President, by state</source>
        <translation>{year}: votos electorales para presidente, por estado</translation>
    </message>
    <message>
        <source>Blank ballots (how many)</source>
        <translation>Votos en blanco (cuántos)</translation>
    </message>
    <message>
        <source>Not yet called</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>No electors counted</source>
        <translation>Sin electores contados</translation>
    </message>
    <message>
        <source>Not a state</source>
        <translation>No era estado</translation>
    </message>
    <message>
        <source>Faithless elector</source>
        <translation>Elector infiel</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>Voto en blanco</translation>
    </message>
    <message>
        <source>Absent: no ballot</source>
        <translation>Ausente: sin papeleta</translation>
    </message>
    <message>
        <source>Not appointed</source>
        <translation>No designado</translation>
    </message>
    <message>
        <source>Seat not filled or not counted</source>
        <translation>Puesto vacío o no contado</translation>
    </message>
</context>
<context>
    <name>map_panel</name>
    <message>
        <source>Map of the states</source>
        <translation>Mapa de los estados</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>The states as on a wall map, coloured by who carried them</source>
        <translation>Los estados como en un mapa mural, coloreados según quién los ganó</translation>
    </message>
    <message>
        <source>E&amp;lectors</source>
        <translation>Ele&amp;ctores</translation>
    </message>
    <message>
        <source>One dot per elector, coloured by the vote for President</source>
        <translation>Un punto por elector, coloreado según el voto para presidente</translation>
    </message>
    <message>
        <source>&amp;Print friendly</source>
        <translation>Para &amp;imprimir</translation>
    </message>
    <message>
        <source>Hatching and marker shapes per candidate, so a black-and-white print reads</source>
        <translation>Tramas y formas de marcador por candidato, para que se lea en una impresión en blanco y negro</translation>
    </message>
    <message>
        <source>Carried by {name}</source>
        <translation>Ganado por {name}</translation>
    </message>
    <message>
        <source>{state} appoints no electors (out of the base)</source>
        <translation>{state} no designa electores (fuera de la base)</translation>
    </message>
    <message>
        <source>The state appoints no electors, or its votes are not counted: the majority is then of fewer electors</source>
        <translation>El estado no designa electores, o sus votos no se cuentan: la mayoría es entonces de menos electores</translation>
    </message>
</context>
<context>
    <name>map_tooltips</name>
    <message>
        <source>Votes (two per elector): {counts}</source>
        <translation>Votos (dos por elector): {counts}</translation>
    </message>
    <message>
        <source>1 faithless elector</source>
        <translation>1 elector infiel</translation>
    </message>
    <message>
        <source>{count} faithless electors</source>
        <translation>{count} electores infieles</translation>
    </message>
    <message>
        <source>Electors split: {counts}</source>
        <translation>Electores divididos: {counts}</translation>
    </message>
    <message>
        <source>Not yet carried by anyone</source>
        <translation>Aún no lo ha ganado nadie</translation>
    </message>
    <message>
        <source>Carried by {ticket}</source>
        <translation>Ganado por {ticket}</translation>
    </message>
    <message>
        <source>1 elector</source>
        <translation>1 elector</translation>
    </message>
    <message>
        <source>{count} electors</source>
        <translation>{count} electores</translation>
    </message>
    <message>
        <source>Not counted: out of the base</source>
        <translation>No contados: fuera de la base</translation>
    </message>
    <message>
        <source>No electors appointed: out of the base</source>
        <translation>Ningún elector designado: fuera de la base</translation>
    </message>
    <message>
        <source>Not appointed in this what-if: out of the base</source>
        <translation>No designados en esta hipótesis: fuera de la base</translation>
    </message>
    <message>
        <source> (including present-day {states})</source>
        <translation> (incluye lo que hoy es {states})</translation>
    </message>
    <message>
        <source>{appointed} of 1 elector counted</source>
        <translation>{appointed} de 1 elector contados</translation>
    </message>
    <message>
        <source>{appointed} of {allotted} electors counted</source>
        <translation>{appointed} de {allotted} electores contados</translation>
    </message>
    <message>
        <source>no electors</source>
        <translation>sin electores</translation>
    </message>
    <message>
        <source>part of {state} in {year}</source>
        <translation>parte de {state} en {year}</translation>
    </message>
    <message>
        <source>had not yet ratified the Constitution in {year}: no electors</source>
        <translation>aún no había ratificado la Constitución en {year}: sin electores</translation>
    </message>
    <message>
        <source>not a state in {year}</source>
        <translation>no era un estado en {year}</translation>
    </message>
    <message>
        <source>{state}, elector {number}</source>
        <translation>{state}, elector {number}</translation>
    </message>
    <message>
        <source>Pledged to {ticket}</source>
        <translation>Comprometido con {ticket}</translation>
    </message>
    <message>
        <source>Not yet pledged</source>
        <translation>Aún sin compromiso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Absent&lt;/b&gt;: appointed, but cast no ballot (still in the base)</source>
        <translation>&lt;b&gt;Ausente&lt;/b&gt;: designado, pero no emitió papeleta (sigue en la base)</translation>
    </message>
    <message>
        <source>Votes for President: {votes}</source>
        <translation>Votos para presidente: {votes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Faithless&lt;/b&gt;: voted against the pledge</source>
        <translation>&lt;b&gt;Infiel&lt;/b&gt;: votó en contra de su compromiso</translation>
    </message>
    <message>
        <source> — &lt;b&gt;faithless&lt;/b&gt;</source>
        <translation> — &lt;b&gt;infiel&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (blank ballot)</source>
        <translation> (voto en blanco)</translation>
    </message>
    <message>
        <source> (no ballot cast)</source>
        <translation> (sin papeleta)</translation>
    </message>
    <message>
        <source> (not counted)</source>
        <translation> (no contado)</translation>
    </message>
    <message>
        <source>Pairing not recorded: the record gives this state&apos;s votes, not which two names each elector wrote; this pairing is one the counts allow.</source>
        <translation>Emparejamiento sin registro: los datos dan los votos de este estado, no qué dos nombres escribió cada elector; este emparejamiento es uno de los que permiten los recuentos.</translation>
    </message>
    <message>
        <source>Pairing not recorded: the record gives this state&apos;s votes for each office, not which vote for Vice President went with which vote for President; this pairing is one the counts allow.</source>
        <translation>Emparejamiento sin registro: los datos dan los votos de este estado para cada cargo, no qué voto para vicepresidente acompañó a qué voto para presidente; este emparejamiento es uno de los que permiten los recuentos.</translation>
    </message>
</context>
<context>
    <name>mock</name>
    <message>
        <source>line {number}: {message}</source>
        <translation>línea {number}: {message}</translation>
    </message>
    <message>
        <source>the votes are too long (at most {limit} characters)</source>
        <translation>los votos son demasiado largos (como máximo {limit} caracteres)</translation>
    </message>
    <message>
        <source>expected unit,candidate,votes</source>
        <translation>se esperaba unidad,candidato,votos (unit,candidate,votes)</translation>
    </message>
    <message>
        <source>{unit} is not a state in {year}</source>
        <translation>{unit} no es un estado en {year}</translation>
    </message>
    <message>
        <source>votes must be a whole number from 0 to {limit}, got {text}</source>
        <translation>los votos deben ser un número entero de 0 a {limit}; se recibió {text}</translation>
    </message>
    <message>
        <source>at most {limit} candidates</source>
        <translation>como máximo {limit} candidatos</translation>
    </message>
    <message>
        <source>no votes found: write one unit,candidate,votes line per candidate</source>
        <translation>no hay votos: escriba una línea unit,candidate,votes por candidato</translation>
    </message>
</context>
<context>
    <name>pledge_laws</name>
    <message>
        <source>no law binds the electors</source>
        <translation>ninguna ley obliga a los electores</translation>
    </message>
    <message>
        <source>electors must pledge, but nothing enforces it</source>
        <translation>los electores deben comprometerse, pero nada lo hace cumplir</translation>
    </message>
    <message>
        <source>a faithless vote counts, but the elector can be fined or prosecuted</source>
        <translation>un voto infiel cuenta, pero el elector puede ser multado o procesado</translation>
    </message>
    <message>
        <source>a faithless vote is void and the elector is replaced</source>
        <translation>un voto infiel es nulo y el elector es sustituido</translation>
    </message>
    <message>
        <source>no data on elector laws for {year} (the table covers {first}-{last}, every 4 years)</source>
        <translation>no hay datos sobre las leyes de los electores en {year} (la tabla cubre {first}-{last}, cada 4 años)</translation>
    </message>
</context>
<context>
    <name>popular</name>
    <message>
        <source>{state} has no popular vote in {year}</source>
        <translation>{state} no tiene voto popular en {year}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>Winner-take-all</source>
        <translation>El ganador se lo lleva todo</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Proporcional</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation>Por distrito del Congreso</translation>
    </message>
    <message>
        <source>National Popular Vote compact</source>
        <translation>Pacto del Voto Popular Nacional</translation>
    </message>
    <message>
        <source>National popular vote</source>
        <translation>Voto popular nacional</translation>
    </message>
    <message>
        <source>Each state&apos;s plurality winner takes the electors its statewide vote decides (Maine&apos;s and Nebraska&apos;s districts keep the record&apos;s carriers).</source>
        <translation>El ganador por mayoría relativa de cada estado se lleva los electores que decide su voto estatal (los distritos de Maine y Nebraska conservan a quienes los ganaron según el registro).</translation>
    </message>
    <message>
        <source>Each state&apos;s electors are shared by popular vote; whole electors by largest remainder.</source>
        <translation>Los electores de cada estado se reparten según el voto popular; electores enteros por el mayor resto.</translation>
    </message>
    <message>
        <source>By congressional district where district results exist (Maine from 1972, Nebraska from 1992); refused elsewhere, which stays winner-take-all: the sources hold no district results for other states.</source>
        <translation>Por distrito del Congreso donde hay resultados por distrito (Maine desde 1972, Nebraska desde 1992); rechazado en los demás, que siguen con el ganador se lo lleva todo: las fuentes no tienen resultados por distrito de otros estados.</translation>
    </message>
    <message>
        <source>The compact&apos;s members give all their electors to the national popular-vote winner, once they hold a majority of the electors; the other states stay winner-take-all.</source>
        <translation>Los miembros del pacto dan todos sus electores al ganador del voto popular nacional, una vez que reúnen la mayoría de los electores; los demás estados siguen con el ganador se lo lleva todo.</translation>
    </message>
    <message>
        <source>A plain national vote: every elector goes to the national popular-vote winner.</source>
        <translation>Un voto nacional directo: todos los electores van al ganador del voto popular nacional.</translation>
    </message>
    <message>
        <source>none: the state took no part</source>
        <translation>ninguno: el estado no participó</translation>
    </message>
    <message>
        <source>none: the legislature chose the electors</source>
        <translation>ninguno: la legislatura eligió a los electores</translation>
    </message>
    <message>
        <source>no swing</source>
        <translation>sin desplazamiento</translation>
    </message>
    <message>
        <source>swing of {points} toward {name}</source>
        <translation>desplazamiento de {points} hacia {name}</translation>
    </message>
    <message>
        <source>none in the record</source>
        <translation>ninguno en el registro</translation>
    </message>
    <message>
        <source>margin {name} +{votes} ({points})</source>
        <translation>margen {name} +{votes} ({points})</translation>
    </message>
    <message>
        <source>(flipped from {name})</source>
        <translation>(antes de {name})</translation>
    </message>
    <message>
        <source>Popular vote: {text}</source>
        <translation>Voto popular: {text}</translation>
    </message>
    <message>
        <source>**The President chosen lost the popular vote:** the House chose {chosen}; {leader} led the popular vote.</source>
        <translation>**El Presidente elegido perdió el voto popular:** la Cámara eligió a {chosen}; {leader} encabezó el voto popular.</translation>
    </message>
    <message>
        <source>**The electoral winner lost the popular vote:** {chosen} won the electors; {leader} led the popular vote.</source>
        <translation>**El ganador electoral perdió el voto popular:** {chosen} ganó los electores; {leader} encabezó el voto popular.</translation>
    </message>
    <message>
        <source>The record credits all of Alabama&apos;s Democratic vote to Kennedy, though six of its eleven Democratic electors were unpledged (they voted for Byrd); counts that split that vote put Nixon ahead nationally.</source>
        <translation>El registro atribuye a Kennedy todo el voto demócrata de Alabama, aunque seis de sus once electores demócratas no estaban comprometidos (votaron por Byrd); los recuentos que dividen ese voto ponen a Nixon por delante a nivel nacional.</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Popular vote</source>
        <translation>Voto popular</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Electoral votes</source>
        <translation>Votos electorales</translation>
    </message>
    <message>
        <source>No popular vote in {states}: their legislatures chose the electors ({count}).</source>
        <translation>Sin voto popular en {states}: sus legislaturas eligieron a los electores ({count}).</translation>
    </message>
    <message>
        <source>No state had joined the compact by this election.</source>
        <translation>Ningún estado se había unido al pacto en esta elección.</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>applied as if in force</source>
        <translation>aplicado como si estuviera en vigor</translation>
    </message>
    <message>
        <source>not in force: members stay winner-take-all</source>
        <translation>no está en vigor: los miembros siguen con el ganador se lo lleva todo</translation>
    </message>
    <message>
        <source>Compact members: {members} with {electors} electors of {threshold} needed; {state}.</source>
        <translation>Miembros del pacto: {members}, con {electors} electores de los {threshold} necesarios; {state}.</translation>
    </message>
    <message>
        <source>No popular vote is recorded for this election.</source>
        <translation>No hay voto popular registrado para esta elección.</translation>
    </message>
    <message>
        <source>Total: {total} votes.</source>
        <translation>Total: {total} votos.</translation>
    </message>
    <message>
        <source>Method: {method}; {swing}.</source>
        <translation>Método: {method}; {swing}.</translation>
    </message>
    <message>
        <source>No running mate is recorded for {names}: their electors cast blank ballots for Vice President.</source>
        <translation>No consta compañero de fórmula para {names}: sus electores votan en blanco para vicepresidente.</translation>
    </message>
    <message>
        <source>Flipped: {states}.</source>
        <translation>Cambiaron: {states}.</translation>
    </message>
    <message>
        <source>Popular vote: {shares} of {total} votes.</source>
        <translation>Voto popular: {shares} de {total} votos.</translation>
    </message>
    <message>
        <source>no majority: the House chooses</source>
        <translation>sin mayoría: elige la Cámara</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>By each method</source>
        <translation>Con cada método</translation>
    </message>
    <message>
        <source>Popular vote leader: **{name}** ({share}).</source>
        <translation>Encabeza el voto popular: **{name}** ({share}).</translation>
    </message>
    <message>
        <source>{name} already has a majority.</source>
        <translation>{name} ya tiene la mayoría.</translation>
    </message>
    <message>
        <source>No one has a majority: there is nothing to deny.</source>
        <translation>Nadie tiene la mayoría: no hay nada que negar.</translation>
    </message>
    <message>
        <source>No set of states flipped by their popular vote would do it.</source>
        <translation>Ningún conjunto de estados que cambien por su voto popular lo lograría.</translation>
    </message>
    <message>
        <source>This election has no popular vote to change.</source>
        <translation>Esta elección no tiene voto popular que cambiar.</translation>
    </message>
    <message>
        <source>Closest path to elect {name} outright</source>
        <translation>Camino más corto para elegir a {name} directamente</translation>
    </message>
    <message>
        <source>Closest path to leave no one a majority</source>
        <translation>Camino más corto para dejar a todos sin mayoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Ganado por</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Voters to switch</source>
        <translation>Votantes que deben cambiar</translation>
    </message>
    <message>
        <source>Electors</source>
        <translation>Electores</translation>
    </message>
    <message>
        <source>**{switchers} voters** switching in {states} (margins adding up to {margin}) would have made it: {after} ({majority} needed).</source>
        <translation>Habría bastado con que **{switchers} votantes** cambiaran su voto en {states} (márgenes que suman {margin}): {after} ({majority} necesarios).</translation>
    </message>
    <message>
        <source>Each state flips with ⌊margin/2⌋+1 voters switching from its leader; the set is the cheapest there is (an exact search over states, from the scenario as it stands).</source>
        <translation>Cada estado cambia con ⌊margen/2⌋+1 votantes que dejan a su ganador; el conjunto es el más barato que existe (una búsqueda exacta entre estados, a partir del escenario actual).</translation>
    </message>
</context>
<context>
    <name>popular_panel</name>
    <message>
        <source>Popular vote</source>
        <translation>Voto popular</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>As if in force</source>
        <translation>Como si estuviera en vigor</translation>
    </message>
    <message>
        <source>Apply the compact although its members hold fewer than 270 electors</source>
        <translation>Aplicar el pacto aunque sus miembros tengan menos de 270 electores</translation>
    </message>
    <message>
        <source>National swing</source>
        <translation>Desplazamiento nacional</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>Por delante</translation>
    </message>
    <message>
        <source>Margin in votes</source>
        <translation>Margen en votos</translation>
    </message>
    <message>
        <source>Set margin</source>
        <translation>Fijar margen</translation>
    </message>
    <message>
        <source>By each method</source>
        <translation>Con cada método</translation>
    </message>
    <message>
        <source>Votes typed in</source>
        <translation>Votos escritos</translation>
    </message>
    <message>
        <source>unit,candidate,votes — one line per candidate, e.g.
PA,Ada Lovelace,120</source>
        <translation>unit,candidate,votes — una línea por candidato, p. ej.
PA,Ada Lovelace,120</translation>
    </message>
    <message>
        <source>Use these votes</source>
        <translation>Usar estos votos</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Back to the record</source>
        <translation>Volver al registro</translation>
    </message>
    <message>
        <source>Forget the votes typed in, the swing and the method</source>
        <translation>Olvidar los votos escritos, el desplazamiento y el método</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>ahead by</source>
        <translation>gana por</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Mock election: votes by state</source>
        <translation>Simulacro de elección: votos por estado</translation>
    </message>
    <message>
        <source>no swing</source>
        <translation>sin desplazamiento</translation>
    </message>
    <message>
        <source>No district results in {year}: Maine from 1972 and Nebraska from 1992 only.</source>
        <translation>Sin resultados por distrito en {year}: solo Maine desde 1972 y Nebraska desde 1992.</translation>
    </message>
    <message>
        <source>Votes for {count} states in use.</source>
        <translation>En uso los votos de {count} estados.</translation>
    </message>
    <message>
        <source>Import votes</source>
        <translation>Importar votos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>race_bar</name>
    <message>
        <source>Race to the majority</source>
        <translation>Carrera hacia la mayoría</translation>
    </message>
    <message>
        <source>The line marks the middle: passing it is a majority.</source>
        <translation>La línea marca la mitad: pasarla es tener la mayoría.</translation>
    </message>
</context>
<context>
    <name>reserved</name>
    <message>
        <source>undecided|not called|not yet called|uncalled|too close to call|pending|none|no one|nobody</source>
        <translation>sin decidir|indeciso|indecisa|aún sin decidir|no decidido|pendiente|demasiado reñido|ninguno|nadie</translation>
    </message>
    <message>
        <source>blank|blank ballot|none|no one|nobody</source>
        <translation>en blanco|blanco|voto en blanco|ninguno|nadie</translation>
    </message>
    <message>
        <source>as pledged|pledged|faithful</source>
        <translation>según su compromiso|según lo comprometido|comprometido|fiel</translation>
    </message>
    <message>
        <source>absent|no ballot</source>
        <translation>ausente|sin papeleta</translation>
    </message>
    <message>
        <source>not-appointed|not appointed|out of the base</source>
        <translation>no-designado|no designado|fuera de la base</translation>
    </message>
    <message>
        <source>appointed|in the base</source>
        <translation>designado|en la base</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>before 1804 an elector&apos;s two votes went to two different persons (Article II): {elector} already votes for {name}</source>
        <translation>antes de 1804 los dos votos de un elector iban a dos personas distintas (artículo II): {elector} ya vota por {name}</translation>
    </message>
    <message>
        <source>Article II&apos;s inhabitant rule</source>
        <translation>la regla de residencia del artículo II</translation>
    </message>
    <message>
        <source>the 12th Amendment&apos;s inhabitant rule</source>
        <translation>la regla de residencia de la 12.ª Enmienda</translation>
    </message>
    <message>
        <source>{elector} votes for {first} and {second}, both inhabitants of {state}: {rule} allows at most one of an elector&apos;s two persons from the elector&apos;s own state.</source>
        <translation>{elector} vota por {first} y {second}, ambos residentes en {state}: {rule} permite como mucho una de las dos personas de un elector del propio estado del elector.</translation>
    </message>
    <message>
        <source>The home state of {names} is not in the record: {rule} cannot be checked here.</source>
        <translation>El estado de residencia de {names} no consta en los datos: aquí no se puede comprobar {rule}.</translation>
    </message>
    <message>
        <source>⚠ inhabitant rule</source>
        <translation>⚠ regla de residencia</translation>
    </message>
    <message>
        <source>Counted as cast, but against the Constitution: {what}</source>
        <translation>Contado tal como se emitió, pero contra la Constitución: {what}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>Counted as cast, but against {rule}: {count} electors ({electors}) vote for two inhabitants of their own state.</source>
        <translation>Contado tal como se emitió, pero contra {rule}: {count} electores ({electors}) votan por dos residentes en su propio estado.</translation>
    </message>
</context>
<context>
    <name>scenario_file</name>
    <message>
        <source>a quoted text runs over a line break or holds another control character (write a line break as \n, a tab as \t)</source>
        <translation>un texto entre comillas contiene un salto de línea u otro carácter de control (escriba un salto de línea como \n y un tabulador como \t)</translation>
    </message>
    <message>
        <source>a field name is not in double quotes, or a comma comes just before a closing brace</source>
        <translation>el nombre de un campo no está entre comillas dobles, o hay una coma justo antes de una llave de cierre</translation>
    </message>
    <message>
        <source>a colon (:) is missing after a field name</source>
        <translation>falta dos puntos (:) después del nombre de un campo</translation>
    </message>
    <message>
        <source>a comma is missing between two entries</source>
        <translation>falta una coma entre dos entradas</translation>
    </message>
    <message>
        <source>a value is missing or is not JSON (a text in double quotes, a number, true, false, null, a list [...] or an object {...})</source>
        <translation>falta un valor o no es JSON (un texto entre comillas dobles, un número, true, false, null, una lista [...] o un objeto {...})</translation>
    </message>
    <message>
        <source>a quoted text has no closing double quote</source>
        <translation>a un texto entre comillas le falta la comilla doble de cierre</translation>
    </message>
    <message>
        <source>something follows the end of the scenario</source>
        <translation>hay algo después del final del escenario</translation>
    </message>
    <message>
        <source>a backslash starts something that is not an escape (write a backslash as \\)</source>
        <translation>una barra invertida empieza algo que no es una secuencia de escape (escriba una barra invertida como \\)</translation>
    </message>
    <message>
        <source>the file is empty: not a scenario file (invalid JSON)</source>
        <translation>el archivo está vacío: no es un archivo de escenario (JSON no válido)</translation>
    </message>
    <message>
        <source>not a scenario file (invalid JSON): line {line}, column {column}: {what}</source>
        <translation>no es un archivo de escenario (JSON no válido): línea {line}, columna {column}: {what}</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Official result</source>
        <translation>Resultado oficial</translation>
    </message>
    <message>
        <source>As pledged</source>
        <translation>Según los compromisos</translation>
    </message>
    <message>
        <source>no votes yet</source>
        <translation>aún sin votos</translation>
    </message>
    <message>
        <source>a forecast: each state rated, no votes cast yet</source>
        <translation>un pronóstico: cada estado calificado, aún sin votos emitidos</translation>
    </message>
    <message>
        <source>the next election: no votes cast yet, every state still to be called</source>
        <translation>la próxima elección: aún no se ha votado y ningún estado está decidido</translation>
    </message>
    <message>
        <source>The votes as Congress counted them, faithless electors included</source>
        <translation>Los votos tal como los contó el Congreso, incluidos los electores infieles</translation>
    </message>
    <message>
        <source>Every elector votes for the ticket that carried their state or district</source>
        <translation>Cada elector vota por la fórmula que ganó su estado o distrito</translation>
    </message>
    <message>
        <source>official result</source>
        <translation>resultado oficial</translation>
    </message>
    <message>
        <source>as pledged</source>
        <translation>según los compromisos</translation>
    </message>
    <message>
        <source>official result, as Congress counted it</source>
        <translation>resultado oficial, tal como lo contó el Congreso</translation>
    </message>
    <message>
        <source>as pledged (every elector votes for the ticket that carried their unit)</source>
        <translation>según los compromisos (cada elector vota por la fórmula que ganó su unidad)</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>{appointed} electors (2020 census apportionment); no votes yet</source>
        <translation>{appointed} electores (reparto según el censo de 2020); aún no hay votos</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 más</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source> — no majority: the House chose</source>
        <translation> — sin mayoría: eligió la Cámara</translation>
    </message>
</context>
<context>
    <name>swing</name>
    <message>
        <source>a swing needs two candidates with votes</source>
        <translation>un desplazamiento necesita dos candidatos con votos</translation>
    </message>
    <message>
        <source>{text} is not a swing; write SIDE+POINTS, for example D+2.5</source>
        <translation>{text} no es un desplazamiento; escriba LADO+PUNTOS, por ejemplo D+2.5</translation>
    </message>
    <message>
        <source>a swing can be at most {limit} points</source>
        <translation>un desplazamiento puede ser de {limit} puntos como máximo</translation>
    </message>
    <message>
        <source>{side} names neither {a} nor {b} (or both)</source>
        <translation>{side} no nombra ni a {a} ni a {b} (o nombra a ambos)</translation>
    </message>
</context>
<context>
    <name>tally</name>
    <message>
        <source>{winner} is elected President with {votes} votes ({majority} needed).</source>
        <translation>{winner} gana la presidencia con {votes} votos (se necesitan {majority}).</translation>
    </message>
    <message>
        <source>{winner} is elected Vice President with {votes} votes ({majority} needed).</source>
        <translation>{winner} gana la vicepresidencia con {votes} votos (se necesitan {majority}).</translation>
    </message>
    <message>
        <source>No majority for President yet: {undecided} electors are undecided (their states have not been assigned).</source>
        <translation>Aún nadie tiene mayoría para presidente: {undecided} electores están sin decidir (sus estados no se han asignado).</translation>
    </message>
    <message>
        <source>No majority for Vice President yet: {undecided} electors are undecided (their states have not been assigned).</source>
        <translation>Aún nadie tiene mayoría para vicepresidente: {undecided} electores están sin decidir (sus estados no se han asignado).</translation>
    </message>
    <message>
        <source>No majority for President: the House chooses among the top three, one vote per state delegation.</source>
        <translation>Nadie tiene mayoría para presidente: la Cámara elige entre los tres primeros, con un voto por delegación estatal.</translation>
    </message>
    <message>
        <source>No majority for Vice President: the Senate chooses between the top two.</source>
        <translation>Nadie tiene mayoría para vicepresidente: el Senado elige entre los dos primeros.</translation>
    </message>
    <message>
        <source>{names} tie with a majority ({votes} each): the House chooses between them, one vote per state.</source>
        <translation>{names} empatan con mayoría ({votes} cada uno): la Cámara elige entre ellos, con un voto por estado.</translation>
    </message>
    <message>
        <source>No one has a majority: the House chooses among the top five, one vote per state.</source>
        <translation>Nadie tiene mayoría: la Cámara elige entre los cinco primeros, con un voto por estado.</translation>
    </message>
    <message>
        <source>{appointed} electors appointed, {majority} needed for a majority.</source>
        <translation>{appointed} electores designados; se necesitan {majority} para la mayoría.</translation>
    </message>
    <message>
        <source>{by} announced {total} votes, {majority} a majority (electors who did not vote left out).</source>
        <translation>{by} anunció {total} votos, {majority} la mayoría (sin contar a los electores que no votaron).</translation>
    </message>
    <message>
        <source>{year}: {leaders} — {majority} to win</source>
        <translation>{year}: {leaders} — {majority} para ganar</translation>
    </message>
    <message>
        <source>{name} has the second most votes ({votes}) and is Vice President.</source>
        <translation>{name} queda en segundo lugar en votos ({votes}) y ocupa la vicepresidencia.</translation>
    </message>
    <message>
        <source>{unit}&apos;s {count}</source>
        <translation>los {count} de {unit}</translation>
    </message>
    <message>
        <source>the {count} votes not yet called</source>
        <translation>los {count} votos aún sin decidir</translation>
    </message>
    <message>
        <source>{name} has {votes} votes for President, {majority} needed: {units} cannot change that.</source>
        <translation>{name} tiene {votes} votos para presidente (se necesitan {majority}): {units} no pueden cambiarlo.</translation>
    </message>
    <message>
        <source>{name} has {votes} votes for Vice President, {majority} needed: {units} cannot change that.</source>
        <translation>{name} tiene {votes} votos para vicepresidente (se necesitan {majority}): {units} no pueden cambiarlo.</translation>
    </message>
    <message>
        <source>No majority for President yet: {name} has {votes} of {majority} needed; {units} could still decide it.</source>
        <translation>Aún nadie tiene mayoría para presidente: {name} tiene {votes} de los {majority} necesarios; {units} todavía podrían decidirlo.</translation>
    </message>
    <message>
        <source>No majority for Vice President yet: {name} has {votes} of {majority} needed; {units} could still decide it.</source>
        <translation>Aún nadie tiene mayoría para vicepresidente: {name} tiene {votes} de los {majority} necesarios; {units} todavía podrían decidirlo.</translation>
    </message>
    <message>
        <source>No state has been called yet: {count} electoral votes to decide, {majority} needed.</source>
        <translation>Aún no se ha decidido ningún estado: quedan {count} votos electorales por decidir; se necesitan {majority}.</translation>
    </message>
    <message>
        <source>No majority for President yet, and {units} cannot give anyone one: the House will choose.</source>
        <translation>Aún nadie tiene mayoría para presidente, y {units} no pueden dársela a nadie: elegirá la Cámara.</translation>
    </message>
    <message>
        <source>No majority for Vice President yet, and {units} cannot give anyone one: the Senate will choose.</source>
        <translation>Aún nadie tiene mayoría para vicepresidente, y {units} no pueden dársela a nadie: elegirá el Senado.</translation>
    </message>
    <message>
        <source>{names} tie for second: the Senate chooses.</source>
        <translation>{names} empatan en segundo lugar: elige el Senado.</translation>
    </message>
    <message>
        <source>No one tie for second: the Senate chooses.</source>
        <translation>Nadie queda en segundo lugar: elige el Senado.</translation>
    </message>
    <message>
        <source>The Vice President is whoever has the most votes after the President is chosen.</source>
        <translation>La vicepresidencia es para quien tenga más votos después de elegir al presidente.</translation>
    </message>
    <message>
        <source>Forecast: {outcome}</source>
        <translation>Pronóstico: {outcome}</translation>
    </message>
    <message>
        <source>Not appointed in this what-if: {state} ({count} electors out of the base).</source>
        <translation>No designados en esta hipótesis: {state} ({count} electores fuera de la base).</translation>
    </message>
    <message>
        <source>Counted in this what-if: {state} ({count} electors in the base).</source>
        <translation>Contados en esta hipótesis: {state} ({count} electores en la base).</translation>
    </message>
</context>
<context>
    <name>upcoming</name>
    <message>
        <source>Democratic nominee</source>
        <translation>Candidato demócrata</translation>
    </message>
    <message>
        <source>Democratic running mate</source>
        <translation>Compañero de fórmula demócrata</translation>
    </message>
    <message>
        <source>Republican nominee</source>
        <translation>Candidato republicano</translation>
    </message>
    <message>
        <source>Republican running mate</source>
        <translation>Compañero de fórmula republicano</translation>
    </message>
</context>
</TS>
