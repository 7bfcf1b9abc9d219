// My workbook: everything saved on this device, with backup, restore, print,
// unreadable copies and deleting everything. Each part is its own view in
// my-workbook/; what they work out is in workbook/my-workbook.ts.
import { useState } from 'preact/hooks';
import type { ExerciseDef } from '../../workbook/kinds/types';
import { useWorkbook } from './my-workbook/useWorkbook';
import { SavedList } from './my-workbook/SavedList';
import { BackupPanel } from './my-workbook/BackupPanel';
import { PrintAnswers } from './my-workbook/PrintAnswers';
import { Unreadable } from './my-workbook/Unreadable';
import { DeleteEverything } from './my-workbook/DeleteEverything';
import { LockPanel } from './my-workbook/LockPanel';
import { LangContext } from '../../i18n/widgets/words';
import { useWorkbookWords } from '../../i18n/widgets/workbook';
import type { Lang } from '../../i18n/languages';

export interface WorkbookExercise extends ExerciseDef {
  href: string;
}

interface Props {
  exercises: WorkbookExercise[];
  exercisesHref: string;
  /** Where the Privacy page says what the passcode lock does and does not protect. */
  lockHelpHref: string;
  /** The page's language; every word of the page follows it. */
  lang?: Lang;
}

export default function WorkbookPage({ lang, ...props }: Props) {
  return (
    <LangContext.Provider value={lang ?? 'en'}>
      <Workbook {...props} />
    </LangContext.Provider>
  );
}

function Workbook({ exercises, exercisesHref, lockHelpHref }: Omit<Props, 'lang'>) {
  const w = useWorkbookWords().page;
  const workbook = useWorkbook(exercises);
  const { ready, saved, quarantined, storageOk, known, byId, refresh } = workbook;
  const [message, setMessage] = useState('');

  return (
    <div class="workbook">
      <p role="status" class="workbook-message">
        {message}
      </p>
      {!storageOk && <p class="warning">{w.storageBlocked}</p>}
      <LockPanel announce={setMessage} refresh={refresh} helpHref={lockHelpHref} />
      <SavedList
        ready={ready}
        loadFailed={workbook.loadFailed}
        locked={workbook.locked}
        saved={saved}
        known={known}
        href={(id) => byId.get(id)!.href}
        exercisesHref={exercisesHref}
        keeping={workbook.keeping}
      />
      <BackupPanel ready={ready} storageOk={storageOk} saved={saved} known={known} announce={setMessage} refresh={refresh} />
      <PrintAnswers items={saved.map((s) => ({ known: known(s.id)!, record: s.record }))} />
      <Unreadable quarantined={quarantined} title={(id) => byId.get(id)?.title} refresh={refresh} />
      <DeleteEverything ready={ready} announce={setMessage} refresh={refresh} />
    </div>
  );
}
