# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_profile_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AwardProfileDialog(object):
    def setupUi(self, AwardProfileDialog):
        if not AwardProfileDialog.objectName():
            AwardProfileDialog.setObjectName(u"AwardProfileDialog")
        AwardProfileDialog.resize(460, 280)
        self.dialogLayout = QVBoxLayout(AwardProfileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.nameLabel = QLabel(AwardProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AwardProfileDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameEnLabel = QLabel(AwardProfileDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(AwardProfileDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.profileLabel = QLabel(AwardProfileDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileSpin = QSpinBox(AwardProfileDialog)
        self.profileSpin.setObjectName(u"profileSpin")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.profileSpin)

        self.reportLabel = QLabel(AwardProfileDialog)
        self.reportLabel.setObjectName(u"reportLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportSpin = QSpinBox(AwardProfileDialog)
        self.reportSpin.setObjectName(u"reportSpin")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reportSpin)

        self.pagesLabel = QLabel(AwardProfileDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pagesSpin = QSpinBox(AwardProfileDialog)
        self.pagesSpin.setObjectName(u"pagesSpin")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pagesSpin)

        self.bodySizeLabel = QLabel(AwardProfileDialog)
        self.bodySizeLabel.setObjectName(u"bodySizeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bodySizeLabel)

        self.bodySizeCombo = QComboBox(AwardProfileDialog)
        self.bodySizeCombo.setObjectName(u"bodySizeCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.bodySizeCombo)

        self.spacingLabel = QLabel(AwardProfileDialog)
        self.spacingLabel.setObjectName(u"spacingLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.spacingLabel)

        self.spacingSpin = QDoubleSpinBox(AwardProfileDialog)
        self.spacingSpin.setObjectName(u"spacingSpin")
        self.spacingSpin.setDecimals(2)
        self.spacingSpin.setMinimum(1.000000000000000)
        self.spacingSpin.setMaximum(3.000000000000000)
        self.spacingSpin.setSingleStep(0.250000000000000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.spacingSpin)

        self.partsLabel = QLabel(AwardProfileDialog)
        self.partsLabel.setObjectName(u"partsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.partsLabel)

        self.partsRow = QHBoxLayout()
        self.partsRow.setObjectName(u"partsRow")
        self.formCheck = QCheckBox(AwardProfileDialog)
        self.formCheck.setObjectName(u"formCheck")

        self.partsRow.addWidget(self.formCheck)

        self.pledgeCheck = QCheckBox(AwardProfileDialog)
        self.pledgeCheck.setObjectName(u"pledgeCheck")

        self.partsRow.addWidget(self.pledgeCheck)

        self.recommendationCheck = QCheckBox(AwardProfileDialog)
        self.recommendationCheck.setObjectName(u"recommendationCheck")

        self.partsRow.addWidget(self.recommendationCheck)

        self.tocCheck = QCheckBox(AwardProfileDialog)
        self.tocCheck.setObjectName(u"tocCheck")

        self.partsRow.addWidget(self.tocCheck)

        self.attachmentsCheck = QCheckBox(AwardProfileDialog)
        self.attachmentsCheck.setObjectName(u"attachmentsCheck")

        self.partsRow.addWidget(self.attachmentsCheck)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.partsRow)

        self.kindsLabel = QLabel(AwardProfileDialog)
        self.kindsLabel.setObjectName(u"kindsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.kindsLabel)

        self.kindsEdit = QPlainTextEdit(AwardProfileDialog)
        self.kindsEdit.setObjectName(u"kindsEdit")
        self.kindsEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.kindsEdit)

        self.pledgeLabel = QLabel(AwardProfileDialog)
        self.pledgeLabel.setObjectName(u"pledgeLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.pledgeLabel)

        self.pledgeEdit = QPlainTextEdit(AwardProfileDialog)
        self.pledgeEdit.setObjectName(u"pledgeEdit")
        self.pledgeEdit.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.pledgeEdit)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(AwardProfileDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(AwardProfileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AwardProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AwardProfileDialog)

        QMetaObject.connectSlotsByName(AwardProfileDialog)
    # setupUi

    def retranslateUi(self, AwardProfileDialog):
        AwardProfileDialog.setWindowTitle(QCoreApplication.translate("AwardProfileDialog", u"\u8bc4\u5956\u914d\u7f6e", None))
        self.nameLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u540d\u79f0", None))
        self.nameEnLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u82f1\u6587\u540d\u79f0", None))
        self.profileLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u7ec4\u7ec7\u6982\u8ff0\u5b57\u6570\u4e0a\u9650", None))
        self.reportLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u81ea\u8bc4\u62a5\u544a\u5b57\u6570\u4e0a\u9650", None))
        self.pagesLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u9875\u6570\u4e0a\u9650", None))
        self.bodySizeLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u6b63\u6587\u5b57\u53f7", None))
        self.spacingLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u884c\u8ddd\uff08\u500d\uff09", None))
        self.partsLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u7533\u62a5\u6750\u6599\u5305\u542b", None))
        self.formCheck.setText(QCoreApplication.translate("AwardProfileDialog", u"\u7533\u62a5\u8868", None))
        self.pledgeCheck.setText(QCoreApplication.translate("AwardProfileDialog", u"\u627f\u8bfa\u4e66", None))
        self.recommendationCheck.setText(QCoreApplication.translate("AwardProfileDialog", u"\u63a8\u8350\u610f\u89c1\u9875", None))
        self.tocCheck.setText(QCoreApplication.translate("AwardProfileDialog", u"\u76ee\u5f55", None))
        self.attachmentsCheck.setText(QCoreApplication.translate("AwardProfileDialog", u"\u9644\u4ef6\uff08\u628a\u8bc1\u5b9e\u6027\u6750\u6599\u7684 PDF \u548c\u56fe\u7247\u5370\u5165\u7533\u62a5\u6750\u6599\uff09", None))
        self.kindsLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u5fc5\u5907\u8bc1\u5b9e\u6027\u6750\u6599", None))
#if QT_CONFIG(tooltip)
        self.kindsEdit.setToolTip(QCoreApplication.translate("AwardProfileDialog", u"\u6bcf\u884c\u4e00\u7c7b\u6750\u6599\uff1b\u9700\u8981\u591a\u4efd\u7684\u5728\u540e\u9762\u5199 \u00d7\u4efd\u6570\uff0c\u4f8b\u5982\u201c\u8fd1\u4e09\u5e74\u5ba1\u8ba1\u62a5\u544a \u00d73\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.kindsEdit.setPlaceholderText(QCoreApplication.translate("AwardProfileDialog", u"\u8425\u4e1a\u6267\u7167\n"
"\u8fd1\u4e09\u5e74\u5ba1\u8ba1\u62a5\u544a \u00d73", None))
        self.pledgeLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u627f\u8bfa\u4e66\u6b63\u6587", None))
#if QT_CONFIG(tooltip)
        self.pledgeEdit.setToolTip(QCoreApplication.translate("AwardProfileDialog", u"{award} \u5904\u5370\u51fa\u5956\u9879\u540d\u79f0", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("AwardProfileDialog", u"\u4e0a\u9650\u4e3a 0 \u65f6\u663e\u793a\u201c\u4e0d\u9650\u201d\uff0c\u8868\u793a\u8be5\u5956\u9879\u5bf9\u6b64\u6ca1\u6709\u8981\u6c42\u3002", None))
    # retranslateUi

